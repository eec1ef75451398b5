package dev.cofactor.quiz.quiz;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.BankLock;
import dev.cofactor.quiz.question.EvidenceCatalog;
import dev.cofactor.quiz.question.Fingerprint;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.question.QuestionRepository;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import dev.cofactor.quiz.scoring.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class QuizService {

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final EvidenceCatalog evidence;
    private final ObjectMapper json;
    private final Event<QuizSaved> saved;

    private final Clock clock;

    private final BankLock bankLock;
    QuizService(QuizRepository quizzes, QuestionRepository questions, QuestionVersionRepository versions,
            EvidenceCatalog evidence, ObjectMapper json, Event<QuizSaved> saved, Clock clock, BankLock bankLock) {
        this.bankLock = bankLock;
        this.clock = clock;
        this.quizzes = quizzes;
        this.questions = questions;
        this.versions = versions;
        this.evidence = evidence;
        this.json = json;
        this.saved = saved;
    }

    /**
     * What an author should know before learners take a quiz, in words: questions that give away each
     * other's answers ({@link Giveaways}), and questions also in another quiz that shows their right answer
     * at other moments (that quiz would show the key this one still hides).
     */
    @Transactional(SUPPORTS)
    public List<String> warnings(String slug, ReviewSpec review, List<String> questionIds) {
        List<QuestionSpec> specs = questionIds.stream().map(questions::findBySlug).flatMap(Optional::stream)
                .map(question -> versions.findCurrent(question)).flatMap(Optional::stream).map(version -> version.spec).toList();
        List<String> warnings = new ArrayList<>(Giveaways.in(specs).stream().map(Giveaways.Giveaway::message).toList());
        Set<Review.Timing> here = (review == null ? ReviewSpec.defaults() : review).toOptions().rightAnswer();
        if (!questionIds.isEmpty()) {
            quizzes.find("select distinct q from Quiz q join q.questions x where x.slug in ?1 and q.slug <> ?2",
                    questionIds, String.valueOf(slug)).list().stream()
                    .filter(other -> !other.review().rightAnswer().equals(here))
                    .forEach(other -> warnings.add("Quiz " + other.slug + " shares questions with this one ("
                            + String.join(", ", other.questions.stream().map(question -> question.slug)
                                    .filter(questionIds::contains).toList())
                            + ") but shows their right answers at other moments: one quiz would give the other's key away."));
        }
        return warnings;
    }

    /** A quiz as its editor shows it: the spec that would make it again. */
    @Transactional(SUPPORTS)
    public Optional<QuizSpec> findSpec(String slug) {
        return quizzes.findBySlug(slug).map(QuizService::spec);
    }

    /** Every quiz as the editor and the seed files describe it, by article: one query. */
    @Transactional(SUPPORTS)
    public Map<String, List<QuizSpec>> listSpecsByArticle() {
        return quizzes.listWithQuestions().stream().collect(Collectors.groupingBy(quiz -> quiz.articleSlug,
                LinkedHashMap::new, Collectors.mapping(QuizService::spec, Collectors.toList())));
    }

    private static QuizSpec spec(Quiz quiz) {
        return new QuizSpec(quiz.slug, quiz.title, quiz.sectionAnchor,
                quiz.feedbackMode, ReviewSpec.of(quiz.review()), quiz.shuffleQuestions, quiz.shuffleChoices,
                quiz.timeLimitSeconds == null ? null : quiz.timeLimitSeconds / 60, quiz.attemptsAllowed,
                quiz.gradingMethod, quiz.passPercent, quiz.lateRule,
                quiz.questions.stream().map(question -> question.slug).toList());
    }

    /**
     * Creates or changes a quiz from the editor. Its questions must be in the bank, belong to the
     * article, have an evidence anchor and not be retired; a section quiz's section must exist. Problems
     * come back by field. Attempts already started keep the questions they showed.
     */
    public void edit(String articleSlug, QuizSpec spec) {
        bankLock.take();
        Map<String, String> problems = new LinkedHashMap<>(spec.check());
        if (spec.section() != null && evidence.sectionText(articleSlug, spec.section()).isEmpty()) {
            problems.put("section", "The article has no section '" + spec.section() + "'.");
        }
        List<Question> listed = new ArrayList<>();
        if (spec.questions() != null && !problems.containsKey("questions")) {
            List<String> unusable = new ArrayList<>();
            for (String id : spec.questions()) {
                Optional<Question> question = questions.findBySlug(id);
                question.ifPresent(listed::add);
                String reason = question.isEmpty() ? "is not in the bank"
                        : question.get().retiredAt != null ? "is retired"
                        : !articleSlug.equals(question.get().articleSlug) ? "is a draft or belongs to another article"
                        : versions.findCurrent(question.get()).orElseThrow().evidenceAnchor == null ? "is a draft" : null;
                if (reason != null) {
                    unusable.add("'" + id + "' " + reason);
                }
            }
            if (!unusable.isEmpty()) {
                problems.put("questions", "These questions cannot be used: " + String.join("; ", unusable) + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        Optional<Quiz> existing = quizzes.findBySlug(spec.slug());
        if (existing.isPresent() && findSpec(spec.slug()).orElseThrow().equals(spec.withDefaults())) {
            return; // nothing changed: no new timestamp, no audit entry
        }
        Quiz quiz = existing.orElseGet(Quiz::new);
        if (existing.isPresent() && !articleSlug.equals(quiz.articleSlug)) {
            throw new InvalidQuestionException(Map.of("slug", "Another article already has a quiz '" + spec.slug() + "'."));
        }
        String seedChecksum = existing.map(found -> found.checksum).orElse(Fingerprint.of(json, spec));
        apply(quiz, articleSlug, spec, listed);
        quiz.checksum = seedChecksum; // only a changed seed file overwrites an admin's edit
        if (existing.isEmpty()) {
            quizzes.persist(quiz);
        }
        saved.fire(new QuizSaved(spec.slug(), existing.isEmpty(), listed.size()));
    }

    @Transactional(SUPPORTS)
    public List<QuizDto> listQuizzes() {
        return quizzes.listWithQuestions().stream().map(QuizDto::from).toList();
    }

    @Transactional(SUPPORTS)
    public Optional<QuizDto> findQuiz(String slug) {
        return quizzes.findBySlug(slug).map(QuizDto::from);
    }

    @Transactional(SUPPORTS)
    public Optional<QuizDto> findQuiz(long id) {
        return quizzes.findByIdOptional(id).map(QuizDto::from);
    }

    /**
     * Loads the quizzes of a bank shipped with the app; all are checked before any is stored. A quiz is
     * rewritten only when its spec in the file changed ({@code checksum} is the file's, not the editor's).
     */
    public void loadSeed(String articleSlug, List<QuizSpec> specs) {
        List<String> problems = new ArrayList<>();
        for (QuizSpec spec : specs) {
            spec.problems().forEach(problem -> problems.add(spec.slug() + ": " + problem));
            if (spec.questions() != null) {
                spec.questions().stream().filter(id -> questions.findBySlug(id).isEmpty())
                        .forEach(id -> problems.add(spec.slug() + ": there is no question '" + id + "'."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        for (QuizSpec spec : specs) {
            Quiz quiz = quizzes.findBySlug(spec.slug()).orElseGet(Quiz::new);
            String checksum = Fingerprint.of(json, spec);
            if (checksum.equals(quiz.checksum)) {
                continue;
            }
            apply(quiz, articleSlug, spec,
                    spec.questions().stream().map(id -> questions.findBySlug(id).orElseThrow()).toList());
            quiz.checksum = checksum;
            if (quiz.id == null) {
                quizzes.persist(quiz);
            }
        }
    }

    private void apply(Quiz quiz, String articleSlug, QuizSpec given, List<Question> listed) {
        QuizSpec spec = given.withDefaults();
        quiz.slug = spec.slug();
        quiz.title = spec.title();
        quiz.articleSlug = articleSlug;
        quiz.sectionAnchor = spec.section();
        quiz.shuffleQuestions = spec.shuffleQuestions();
        quiz.shuffleChoices = spec.shuffleChoices();
        quiz.timeLimitSeconds = spec.timeLimitMinutes() == null ? null : spec.timeLimitMinutes() * 60;
        quiz.attemptsAllowed = spec.attemptsAllowed();
        quiz.gradingMethod = spec.gradingMethod();
        quiz.passPercent = spec.passPercent();
        quiz.feedbackMode = spec.feedback();
        quiz.setReview(spec.review().toOptions());
        quiz.lateRule = spec.lateRule();
        quiz.updatedAt = clock.instant();
        quiz.questions.clear();
        quiz.questions.addAll(listed);
    }
}
