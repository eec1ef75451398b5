package dev.cofactor.quiz.attempt;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.attempt.AttemptDtos.EvidenceDto;
import dev.cofactor.quiz.attempt.AttemptDtos.OptionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ResultDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ReviewDto;
import dev.cofactor.quiz.question.AnswerKeys;
import dev.cofactor.quiz.question.EvidenceCatalog;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.StemRenderer;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.AnswerKey;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import dev.cofactor.quiz.scoring.Review;
import dev.cofactor.quiz.scoring.Shuffle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a learner (or an instructor) may see of attempts now: an attempt on the versions it showed, its
 * result, a learner's list of attempts, an author's preview of a question. Reads only; what may show is
 * the quiz's review options at this moment ({@link Review}) and the questions other open attempts hold.
 * The life of an attempt is {@link AttemptService}'s.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class AttemptViews {

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final EvidenceCatalog evidence;
    private final StemRenderer renderer;
    private final AnswerKeys keys;
    private final Clock clock;

    AttemptViews(QuizRepository quizzes, AttemptRepository attempts, ResponseRepository responses, EvidenceCatalog evidence,
            StemRenderer renderer, AnswerKeys keys, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.responses = responses;
        this.evidence = evidence;
        this.renderer = renderer;
        this.keys = keys;
        this.clock = clock;
    }

    public Optional<AttemptDto> find(long attemptId, long learnerId) {
        return attempts.findOwned(attemptId, learnerId).map(this::view);
    }

    /**
     * One question of a learner's attempt as its page posts an answer to it: the question as shown, with
     * the answer saved so far; whether that answer was checked (and so is final); how many questions the
     * attempt has. Reads that one question, not the whole attempt. Empty when the learner has no such
     * attempt or it has no question {@code number} (from 1).
     */
    public Optional<PostedQuestion> posted(long attemptId, long learnerId, int number) {
        return attempts.findOwned(attemptId, learnerId)
                .filter(attempt -> number >= 1 && number <= attempt.questions.size())
                .map(attempt -> {
                    QuestionVersion question = attempt.questions.get(number - 1);
                    Optional<Response> response = responses.findFor(attempt.id, question.id);
                    return new PostedQuestion(learnerView(attempt, question, response.map(AttemptViews::given).orElse(null),
                            null, false), response.map(saved -> saved.checked).orElse(false), attempt.questions.size());
                });
    }

    /** See {@link #posted}. */
    public record PostedQuestion(QuestionDto question, boolean checked, int questions) {
    }

    /** Whether the learner may go on with the quiz now: an attempt is open to resume, or another may start. */
    public boolean canStart(long quizId, long learnerId) {
        AttemptRepository.Graded graded = attempts.graded(quizId, learnerId);
        return graded.openId() != null
                || quizzes.findByIdOptional(quizId).filter(quiz -> quiz.allowsAnotherAttempt(graded.counted())).isPresent();
    }

    /** A learner's own attempts, newest first; a score shows only when the quiz's review options let it now. */
    public List<AttemptSummaryDto> listForLearner(long learnerId) {
        return summaries(learnerId, true);
    }

    /**
     * The learner's submitted attempts whose score they may not see now (the review options hide points,
     * or a question of it is also in an open attempt), for progress pages to leave out of grades and mastery.
     */
    public Set<Long> scoresHidden(long learnerId) {
        Reveals reveals = reveals(learnerId);
        return reveals.attempts().stream()
                .filter(attempt -> attempt.isSubmitted() && !reveals.of(attempt, now()).scoreShown(attempt))
                .map(attempt -> attempt.id).collect(Collectors.toSet());
    }

    /** A learner's attempts for an instructor: every score. */
    public List<AttemptSummaryDto> listForInstructor(long learnerId) {
        return summaries(learnerId, false);
    }

    private List<AttemptSummaryDto> summaries(long learnerId, boolean asLearner) {
        Reveals reveals = reveals(learnerId);
        return reveals.attempts().stream().map(attempt -> {
            boolean score = attempt.isSubmitted() && (!asLearner || reveals.of(attempt, now()).scoreShown(attempt));
            return new AttemptSummaryDto(attempt.id, attempt.quiz.id, attempt.quiz.slug, attempt.quiz.title, attempt.practice,
                    attempt.startedAt, attempt.deadline, attempt.submittedAt, score ? points(attempt) : null,
                    BigDecimal.valueOf(attempt.maxPoints),
                    score ? passed(attempt, attempt.grade().orElseThrow()) : null, attempt.late);
        }).toList();
    }

    /** Whether the grade passed: never said of practice, which is not graded, nor without a pass mark. */
    private static Boolean passed(Attempt attempt, Grade grade) {
        return attempt.practice ? null : grade.passed(attempt.quiz.passPercent);
    }

    /**
     * Any attempt as its learner answered it, on the question versions it showed, for an instructor:
     * the right answers are shown whatever the quiz's review options.
     */
    public Optional<ReviewDto> review(long attemptId) {
        return attempts.findByIdOptional(attemptId)
                .map(attempt -> new ReviewDto(attempt.learnerId, view(attempt, responses.byQuestion(attempt.id), Reveal.ALL)));
    }

    AttemptDto view(Attempt attempt) {
        return view(attempt, responses.byQuestion(attempt.id));
    }

    /** An attempt begun in this transaction: nothing is answered yet. */
    AttemptDto viewBegun(Attempt attempt) {
        return view(attempt, Map.of(), Reveal.NOTHING, Set.of());
    }

    /**
     * What the learner may see is read (from all their attempts) only where the view consults it: in a
     * submitted attempt and for a checked answer; an open attempt without one shows no key either way.
     */
    private AttemptDto view(Attempt attempt, Map<Long, Response> answered) {
        return view(attempt, answered, showsResults(attempt, answered) ? revealFor(attempt) : Reveal.NOTHING);
    }

    private AttemptDto view(Attempt attempt, Map<Long, Response> answered, Reveal reveal) {
        return view(attempt, answered, reveal, attempts.flagged(attempt.id));
    }

    private static boolean showsResults(Attempt attempt, Map<Long, Response> answered) {
        return attempt.isSubmitted() || answered.values().stream().anyMatch(response -> response.checked);
    }

    private AttemptDto view(Attempt attempt, Map<Long, Response> answered, Reveal reveal, Set<Long> flagged) {
        boolean evidenceShown = showsResults(attempt, answered) // only checked answers show evidence
                && attempt.quiz.feedbackMode.behaviour().checks(attempt.isSubmitted());
        Map<String, String> titles = evidenceShown ? evidence.sectionTitles(attempt.quiz.articleSlug) : Map.of();
        List<QuestionDto> questions = new ArrayList<>();
        for (QuestionVersion question : attempt.questions) {
            Response response = answered.get(question.id);
            QuestionResultDto check = response != null && response.checked && !attempt.isSubmitted()
                    ? result(attempt, question, response, titles, reveal) : null;
            boolean answerShown = !attempt.isSubmitted() || reveal.of(question).answer();
            questions.add(learnerView(attempt, question, response == null || !answerShown ? null : given(response),
                    check, flagged.contains(question.id)));
        }
        return new AttemptDto(attempt.id, attempt.quiz.id, attempt.quiz.slug, attempt.quiz.title, attempt.quiz.articleSlug,
                attempt.quiz.sectionAnchor, attempt.quiz.feedbackMode, attempt.practice, attempt.startedAt, attempt.deadline,
                attempt.submittedAt, (int) answered.values().stream().filter(Response::isAnswered).count(), questions,
                attempt.isSubmitted() ? resultOf(attempt, reveal) : null);
    }

    /**
     * What a learner may see of one of their attempts now: the quiz's review options at this moment
     * ({@link Review.Timing}), and, for each question that another open graded attempt of theirs also
     * holds (in any quiz), the title of that quiz: such a question shows nothing that tells its key until
     * that attempt is submitted.
     */
    record Reveal(Review.Shown shown, Map<Long, String> withheld) {

        static final Reveal ALL = new Reveal(Review.Shown.EVERYTHING, Map.of());
        static final Reveal NOTHING = new Reveal(Review.Shown.NOTHING, Map.of());

        Review.Shown of(QuestionVersion question) {
            return withheld.containsKey(question.question.id) ? shown.withoutKey() : shown;
        }

        /** The attempt's score tells about every question in it, so it shows only when each question's points may. */
        boolean scoreShown(Attempt attempt) {
            return shown.points() && attempt.questions.stream().noneMatch(question -> withheld.containsKey(question.question.id));
        }
    }

    /**
     * What a learner's attempts tell about each other, read once from all of them: per quiz, how many
     * count and whether one is open (a quiz is closed to a learner who used every attempt); and the
     * questions of the open graded attempts, with their quiz's title.
     */
    private record Reveals(List<Attempt> attempts) {

        Reveal of(Attempt attempt, Instant now) {
            Quiz quiz = attempt.quiz;
            List<Attempt> graded = attempts.stream().filter(other -> !other.practice && other.quiz.id.equals(quiz.id)).toList();
            boolean closed = !quiz.allowsAnotherAttempt(graded.size())
                    && graded.stream().allMatch(Attempt::isSubmitted);
            Map<Long, String> withheld = new HashMap<>();
            attempts.stream().filter(other -> !other.practice && !other.isSubmitted() && !other.id.equals(attempt.id))
                    .forEach(open -> open.questions.forEach(question -> withheld.put(question.question.id, open.quiz.title)));
            return new Reveal(quiz.review().at(Review.Timing.of(attempt.submittedAt, now, closed)), withheld);
        }
    }

    private Reveals reveals(long learnerId) {
        return new Reveals(attempts.listByLearner(learnerId));
    }

    Reveal revealFor(Attempt attempt) {
        return reveals(attempt.learnerId).of(attempt, now());
    }

    /**
     * The question without its key: choices, items and targets by the attempt's own ids ({@link OptionIds})
     * and text only, shuffled by the attempt's seed.
     */
    private QuestionDto learnerView(Attempt attempt, QuestionVersion question, AnswerDto answer, QuestionResultDto check,
            boolean flagged) {
        QuestionSpec spec = question.spec;
        OptionIds ids = ids(attempt, question);
        long salt = question.id;
        return new QuestionDto(spec.id(), question.version, question.type, renderer.html(spec.stem()), question.points,
                options(spec.choices(), ids::choice, attempt.quiz.shuffleChoices, attempt.seed, salt),
                options(spec.items(), ids::item, true, attempt.seed, salt + 1),
                options(spec.targets(), ids::target, attempt.quiz.shuffleChoices, attempt.seed, salt + 2),
                ids.shown(answer), check, orderingCredit(spec), flagged ? Boolean.TRUE : null);
    }

    private OptionIds ids(Attempt attempt, QuestionVersion question) {
        return OptionIds.of(attempt.optionKey, question.spec);
    }

    /**
     * A question as a learner would see it, for an author's preview: choices as written, items shuffled
     * (as every attempt shuffles them, so an ordering question never shows its answer).
     */
    public QuestionDto preview(QuestionSpec spec, int version) {
        return new QuestionDto(spec.id(), version, spec.type(), renderer.html(spec.stem()), spec.pointsOrDefault(),
                options(spec.choices(), UnaryOperator.identity(), false, 0, 0),
                options(spec.items(), UnaryOperator.identity(), true, 1, 1),
                options(spec.targets(), UnaryOperator.identity(), false, 0, 0), null, null, orderingCredit(spec), null);
    }

    /** True for an ordering question without partial credit (which it gives by default); null otherwise. */
    private static Boolean orderingCredit(QuestionSpec spec) {
        return spec.type() == QuestionType.ORDERING && Boolean.FALSE.equals(spec.partialCredit()) ? Boolean.TRUE : null;
    }

    private List<OptionDto> options(List<QuestionSpec.Option> options, UnaryOperator<String> shownId, boolean shuffle,
            long seed, long salt) {
        if (options == null) {
            return null;
        }
        List<OptionDto> shown = options.stream()
                .map(option -> new OptionDto(shownId.apply(option.id()), renderer.inlineHtml(option.text())))
                .toList();
        return shuffle ? Shuffle.of(shown, seed, salt) : shown;
    }

    ResultDto resultOf(Attempt attempt, Reveal reveal) {
        Map<Long, Response> answered = responses.byQuestion(attempt.id);
        Map<String, String> titles = evidence.sectionTitles(attempt.quiz.articleSlug);
        List<QuestionResultDto> questions = attempt.questions.stream()
                .map(question -> result(attempt, question, answered.get(question.id), titles, reveal))
                .toList();
        Optional<Grade> grade = attempt.grade().filter(shown -> reveal.scoreShown(attempt));
        return new ResultDto(attempt.id, grade.map(Grade::points).map(Decimals::points).orElse(null),
                BigDecimal.valueOf(attempt.maxPoints), grade.map(Grade::percent).map(Decimals::percent).orElse(null),
                grade.map(shown -> passed(attempt, shown)).orElse(null), attempt.late, attempt.submittedAt, questions);
    }

    /** How one question went, with only what the review options let show now. */
    /** How one checked question went, for immediate feedback. */
    QuestionResultDto result(Attempt attempt, QuestionVersion question, Response response, Reveal reveal) {
        return result(attempt, question, response, evidence.sectionTitles(attempt.quiz.articleSlug), reveal);
    }

    private QuestionResultDto result(Attempt attempt, QuestionVersion question, Response response,
            Map<String, String> sectionTitles, Reveal reveal) {
        QuestionSpec spec = question.spec;
        Review.Shown shown = reveal.of(question);
        AnswerDto answer = response == null ? null : given(response);
        List<String> feedback = new ArrayList<>();
        if (shown.specificFeedback() && response != null) {
            Response.fitting(question, response.answer).ifPresent(given -> spec.body().feedbackOn(given).stream()
                    .map(renderer::html).forEach(feedback::add));
        }
        if (shown.generalFeedback() && spec.feedback() != null) {
            feedback.add(renderer.html(spec.feedback()));
        }
        String title = sectionTitles.getOrDefault(spec.evidence(), spec.evidence());
        EvidenceDto source = new EvidenceDto(attempt.quiz.articleSlug, spec.evidence(), title,
                evidence.sectionLink(attempt.quiz.articleSlug, spec.evidence()));
        Fraction credit = response == null ? Fraction.ZERO : response.credit().orElse(Fraction.ZERO);
        BigDecimal points = Decimals.points(Grade.of(credit, question.points).points());
        OptionIds ids = ids(attempt, question);
        AnswerKey key = keys.of(question);
        AnswerDto right = shown.rightAnswer() ? ids.shown(AnswerDto.from(key.rightAnswer())) : null;
        String withheldBy = reveal.withheld().get(question.question.id);
        return new QuestionResultDto(spec.id(), question.version, answer != null, shown.points() ? points : null, question.points,
                shown.correctness() ? response != null && response.isFullCredit() : null, shown.answer() ? ids.shown(answer) : null, right,
                shown.rightAnswer() ? key.written() : null, feedback, source, withheldBy == null ? null
                        : "Shown once you submit your open attempt at '" + withheldBy + "', which has this question too.",
                response == null ? null : response.comment,
                shown.points() && response != null && response.manualCredit ? Boolean.TRUE : null);
    }

    /** The learner's stored answer in the API's shape (stored ids), as given even if a regrade changed the question. */
    private static AnswerDto given(Response response) {
        return response.answer == null ? null : response.answer.answer().map(AnswerDto::from).orElse(null);
    }

    private static BigDecimal points(Attempt attempt) {
        return attempt.grade().map(Grade::points).map(Decimals::points).orElse(null);
    }

    private Instant now() {
        return clock.instant();
    }
}
