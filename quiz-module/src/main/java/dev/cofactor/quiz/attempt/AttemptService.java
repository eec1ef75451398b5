package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.Refusal;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import dev.cofactor.quiz.question.StemRenderer;
import dev.cofactor.quiz.quiz.FeedbackMode;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import dev.cofactor.quiz.scoring.Review;
import dev.cofactor.quiz.scoring.Shuffle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The life of an attempt: start (or resume), save each answer as it is given, check it (immediate
 * feedback), submit once, and read the result. Every call names the learner, and an attempt of
 * someone else is answered as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final QuizRepository quizzes;
    private final QuestionVersionRepository versions;
    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final EvidenceCatalog evidence;
    private final StemRenderer renderer;
    private final ObjectMapper json;
    private final AnswerKeys keys;
    private final AccommodationService accommodations;

    private final Clock clock;

    AttemptService(QuizRepository quizzes, QuestionVersionRepository versions, AttemptRepository attempts,
            ResponseRepository responses, EvidenceCatalog evidence, StemRenderer renderer, ObjectMapper json,
            AnswerKeys keys, AccommodationService accommodations, Clock clock) {
        this.clock = clock;
        this.quizzes = quizzes;
        this.versions = versions;
        this.attempts = attempts;
        this.responses = responses;
        this.evidence = evidence;
        this.renderer = renderer;
        this.json = json;
        this.keys = keys;
        this.accommodations = accommodations;
    }

    /** Starts an attempt, or returns the one this learner has open on the quiz. */
    public AttemptDto start(long quizId, long learnerId) {
        Quiz quiz = quizzes.findByIdOptional(quizId)
                .orElseThrow(() -> new Refusal.NotFound("There is no quiz with the id " + quizId + "."));
        attempts.lockStarts(quizId, learnerId);
        Optional<Attempt> open = attempts.findOpen(quizId, learnerId);
        if (open.isPresent()) {
            return view(open.get());
        }
        if (quiz.attemptsAllowed != null && attempts.countCounted(quizId, learnerId) >= quiz.attemptsAllowed) {
            throw new Refusal.Conflict("You have used all " + quiz.attemptsAllowed + " attempts at this quiz.");
        }
        List<QuestionVersion> current = quiz.questions.stream()
                .map(question -> versions.findCurrent(question).orElseThrow())
                .toList();
        return view(begin(quiz, learnerId, current, false));
    }

    /**
     * A practice attempt with only the questions this learner got wrong in their last submitted attempt.
     * Practice is ungraded and unlimited, so each round tells which answers are right: it is offered only
     * when that tells nothing new, that is when the quiz shows, at this moment, whether answers were right
     * and either its right answers or, with unlimited attempts, no limit to protect; and never while a
     * graded attempt at the quiz is open.
     */
    public AttemptDto practiceMissed(long quizId, long learnerId) {
        Attempt last = attempts.find("quiz.id = ?1 and learnerId = ?2 and submittedAt is not null order by submittedAt desc",
                quizId, learnerId).firstResultOptional()
                .orElseThrow(() -> new Refusal.Conflict("Submit an attempt at this quiz first."));
        if (attempts.findOpen(quizId, learnerId).isPresent()) {
            throw new Refusal.Conflict("Submit your open attempt at this quiz before practising.");
        }
        Review.Shown now = revealFor(last).shown();
        if (!now.correctness() || !now.rightAnswer() && last.quiz.attemptsAllowed != null) {
            throw new Refusal.Conflict("Practice opens when this quiz shows its right answers (once no attempt is"
                    + " left): practising before then would give the answers away.");
        }
        Map<Long, Response> answered = responses.byQuestion(last.id);
        List<QuestionVersion> missed = last.questions.stream()
                .filter(version -> answered.get(version.id) == null || !answered.get(version.id).isFullCredit())
                .toList();
        if (missed.isEmpty()) {
            throw new Refusal.Conflict("You got every question right last time: nothing to practise.");
        }
        return view(begin(last.quiz, learnerId, missed, true));
    }

    private Attempt begin(Quiz quiz, long learnerId, List<QuestionVersion> questions, boolean practice) {
        Attempt attempt = new Attempt();
        attempt.quiz = quiz;
        attempt.learnerId = learnerId;
        attempt.seed = SEEDS.nextLong();
        attempt.optionKey = new byte[16];
        SEEDS.nextBytes(attempt.optionKey);
        attempt.practice = practice;
        attempt.startedAt = now();
        attempt.deadline = practice ? null : accommodations.deadline(quiz, learnerId, attempt.startedAt);
        attempt.questions.addAll(quiz.shuffleQuestions ? Shuffle.of(questions, attempt.seed, 0) : questions);
        attempt.maxPoints = questions.stream().mapToInt(version -> version.points).sum();
        attempts.persist(attempt);
        return attempt;
    }

    @Transactional(SUPPORTS)
    public AttemptDto find(long attemptId, long learnerId) {
        return view(owned(attemptId, learnerId));
    }

    /** A learner's own attempts, newest first; a score shows only when the quiz's review options let it now. */
    @Transactional(SUPPORTS)
    public List<AttemptSummaryDto> listForLearner(long learnerId) {
        return summaries(learnerId, true);
    }

    /**
     * The learner's submitted attempts whose score they may not see now (the review options hide points,
     * or a question of it is also in an open attempt), for progress pages to leave out of grades and mastery.
     */
    @Transactional(SUPPORTS)
    public Set<Long> scoresHidden(long learnerId) {
        Reveals reveals = reveals(learnerId);
        return reveals.attempts().stream()
                .filter(attempt -> attempt.isSubmitted() && !reveals.of(attempt, now()).scoreShown(attempt))
                .map(attempt -> attempt.id).collect(Collectors.toSet());
    }

    /** A learner's attempts for an instructor: every score. */
    @Transactional(SUPPORTS)
    public List<AttemptSummaryDto> listForInstructor(long learnerId) {
        return summaries(learnerId, false);
    }

    private List<AttemptSummaryDto> summaries(long learnerId, boolean asLearner) {
        Reveals reveals = reveals(learnerId);
        return reveals.attempts().stream().map(attempt -> {
            boolean score = attempt.isSubmitted() && (!asLearner || reveals.of(attempt, now()).scoreShown(attempt));
            return new AttemptSummaryDto(attempt.id, attempt.quiz.id, attempt.quiz.slug, attempt.quiz.title, attempt.practice,
                    attempt.startedAt, attempt.submittedAt, score ? points(attempt) : null,
                    BigDecimal.valueOf(attempt.maxPoints), score ? attempt.passed : null, attempt.late);
        }).toList();
    }

    /**
     * Saves (or replaces) the answer to one question, the moment it is given: one statement, committed
     * on its own (no transaction around the checks, which the statement repeats).
     */
    @Transactional(SUPPORTS)
    public AnswerDto saveAnswer(long attemptId, long learnerId, String questionId, AnswerDto given) {
        AnswerTarget target = attempts.findAnswerTarget(attemptId, learnerId, questionId).orElseThrow(() ->
                attempts.findOwned(attemptId, learnerId).isPresent()
                        ? new Refusal.NotFound("This attempt has no question '" + questionId + "'.") : notFound());
        if (target.submittedAt() != null) {
            throw new Refusal.Conflict("This attempt was submitted; its answers can no longer change.");
        }
        if (target.deadline() != null && now().isAfter(target.deadline())) {
            throw new Refusal.Conflict("Time is up for this attempt; submit it to see your result.");
        }
        Answer shaped = given == null ? null : given.toAnswer(target.type()).orElse(null);
        if (shaped == null) {
            throw new Refusal.BadInput("This question takes an answer shaped like " + AnswerDto.shapeOf(target.type()) + ".");
        }
        OptionIds ids = OptionIds.of(target.optionKey(), keys.spec(target.questionVersionId()));
        Answer answer = ids.stored(AnswerDto.from(shaped)).flatMap(stored -> stored.toAnswer(target.type())).orElseThrow(() ->
                new Refusal.BadInput("This question has no such choice, item or target."));
        keys.of(target.questionVersionId()).problem(answer).ifPresent(problem -> {
            throw new Refusal.BadInput(problem);
        });
        if (!responses.upsert(target.attemptId(), target.questionVersionId(), json(StoredAnswer.of(answer)), now())) {
            boolean checked = responses.findFor(target.attemptId(), target.questionVersionId()).map(r -> r.checked).orElse(false);
            throw new Refusal.Conflict(checked ? "This answer was checked; a checked answer is final."
                    : "This attempt was submitted or ran out of time while the answer was on its way.");
        }
        return ids.shown(AnswerDto.from(answer));
    }

    private String json(StoredAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer always has a JSON form", e);
        }
    }

    /** Immediate feedback: scores the saved answer to one question and makes it final. */
    public QuestionResultDto check(long attemptId, long learnerId, String questionId) {
        Attempt attempt = owned(attemptId, learnerId);
        if (attempt.quiz.feedbackMode != FeedbackMode.IMMEDIATE || attempt.isSubmitted()) {
            throw new Refusal.Conflict("Answers in this attempt are checked when it is submitted.");
        }
        QuestionVersion question = question(attempt, questionId);
        Response response = responses.findFor(attempt.id, question.id)
                .orElseThrow(() -> new Refusal.Conflict("Answer this question before checking it."));
        Reveal reveal = revealFor(attempt);
        String elsewhere = reveal.withheld().get(question.question.id);
        if (elsewhere != null) {
            throw new Refusal.Conflict("This question is also in your open attempt at '" + elsewhere
                    + "': check it once you have submitted that attempt.");
        }
        if (!response.checked) {
            score(attempt, response, question);
            response.checked = true;
        }
        return result(attempt, question, response, evidence.sectionTitles(attempt.quiz.articleSlug), reveal);
    }

    /**
     * Submits the attempt once; a second call (a double click, a retry, another tab) returns the same
     * result. A question left unanswered gets a blank response worth nothing, so that a submitted
     * attempt has a response for every question it showed (item statistics read only responses).
     */
    public ResultDto submit(long attemptId, long learnerId) {
        Attempt attempt = attempts.findOwnedForUpdate(attemptId, learnerId).orElseThrow(AttemptService::notFound);
        if (!attempt.isSubmitted()) {
            attempt.submittedAt = now();
            attempt.late = attempt.deadline != null && attempt.submittedAt.isAfter(attempt.deadline);
            Map<Long, Response> answered = responses.byQuestion(attempt.id);
            List<Grade> parts = new ArrayList<>();
            for (QuestionVersion question : attempt.questions) {
                Response response = answered.get(question.id);
                if (response == null) {
                    response = Response.blank(attempt.id, question.id, attempt.submittedAt);
                    responses.persist(response);
                } else {
                    score(attempt, response, question);
                }
                parts.add(Grade.of(response.credit().orElseThrow(), question.points));
            }
            attempt.record(Grade.total(parts));
        }
        return resultOf(attempt, revealFor(attempt));
    }

    /** Scores an answer to a question of the attempt, under the quiz's late rule. */
    private void score(Attempt attempt, Response response, QuestionVersion question) {
        Fraction credit = Response.credit(keys.of(question), question, response.answer);
        response.record(attempt.quiz.lateRule.credit(credit, attempt.late));
    }

    /**
     * Any attempt as its learner answered it, on the question versions it showed, for an instructor:
     * the right answers are shown whatever the quiz's review options.
     */
    @Transactional(SUPPORTS)
    public Optional<ReviewDto> review(long attemptId) {
        return attempts.findByIdOptional(attemptId).map(attempt -> new ReviewDto(attempt.learnerId, view(attempt, Reveal.ALL)));
    }

    private AttemptDto view(Attempt attempt) {
        return view(attempt, revealFor(attempt));
    }

    private AttemptDto view(Attempt attempt, Reveal reveal) {
        Map<Long, Response> answered = responses.byQuestion(attempt.id);
        Map<String, String> titles = attempt.quiz.feedbackMode == FeedbackMode.IMMEDIATE
                ? evidence.sectionTitles(attempt.quiz.articleSlug) : Map.of(); // only checked answers show evidence
        List<QuestionDto> questions = new ArrayList<>();
        for (QuestionVersion question : attempt.questions) {
            Response response = answered.get(question.id);
            QuestionResultDto check = response != null && response.checked && !attempt.isSubmitted()
                    ? result(attempt, question, response, titles, reveal) : null;
            boolean answerShown = !attempt.isSubmitted() || reveal.of(question).answer();
            questions.add(learnerView(attempt, question, response == null || !answerShown ? null : given(response),
                    check));
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
    private record Reveal(Review.Shown shown, Map<Long, String> withheld) {

        static final Reveal ALL = new Reveal(Review.Shown.EVERYTHING, Map.of());

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
            boolean closed = quiz.attemptsAllowed != null && graded.size() >= quiz.attemptsAllowed
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

    private Reveal revealFor(Attempt attempt) {
        return reveals(attempt.learnerId).of(attempt, now());
    }

    /**
     * The question without its key: choices, items and targets by the attempt's own ids ({@link OptionIds})
     * and text only, shuffled by the attempt's seed.
     */
    private QuestionDto learnerView(Attempt attempt, QuestionVersion question, AnswerDto answer, QuestionResultDto check) {
        QuestionSpec spec = question.spec;
        OptionIds ids = ids(attempt, question);
        long salt = question.id;
        return new QuestionDto(spec.id(), question.version, question.type, renderer.html(spec.stem()), question.points,
                options(spec.choices(), ids::choice, attempt.quiz.shuffleChoices, attempt.seed, salt),
                options(spec.items(), ids::item, true, attempt.seed, salt + 1),
                options(spec.targets(), ids::target, attempt.quiz.shuffleChoices, attempt.seed, salt + 2),
                ids.shown(answer), check);
    }

    private OptionIds ids(Attempt attempt, QuestionVersion question) {
        return OptionIds.of(attempt.optionKey, question.spec);
    }

    /**
     * A question as a learner would see it, for an author's preview: choices as written, items shuffled
     * (as every attempt shuffles them, so an ordering question never shows its answer).
     */
    @Transactional(SUPPORTS)
    public QuestionDto preview(QuestionSpec spec, int version) {
        return new QuestionDto(spec.id(), version, spec.type(), renderer.html(spec.stem()), spec.pointsOrDefault(),
                options(spec.choices(), UnaryOperator.identity(), false, 0, 0),
                options(spec.items(), UnaryOperator.identity(), true, 1, 1),
                options(spec.targets(), UnaryOperator.identity(), false, 0, 0), null, null);
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

    private ResultDto resultOf(Attempt attempt, Reveal reveal) {
        Map<Long, Response> answered = responses.byQuestion(attempt.id);
        Map<String, String> titles = evidence.sectionTitles(attempt.quiz.articleSlug);
        List<QuestionResultDto> questions = attempt.questions.stream()
                .map(question -> result(attempt, question, answered.get(question.id), titles, reveal))
                .toList();
        Optional<Grade> grade = attempt.grade().filter(shown -> reveal.scoreShown(attempt));
        return new ResultDto(attempt.id, grade.map(Grade::points).map(Decimals::points).orElse(null),
                BigDecimal.valueOf(attempt.maxPoints), grade.map(Grade::percent).map(Decimals::percent).orElse(null),
                grade.isPresent() ? Boolean.TRUE.equals(attempt.passed) : null, attempt.late, attempt.submittedAt, questions);
    }

    /** How one question went, with only what the review options let show now. */
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
                "/articles/" + attempt.quiz.articleSlug + "/" + spec.evidence());
        Fraction credit = response == null ? Fraction.ZERO : response.credit().orElse(Fraction.ZERO);
        BigDecimal points = Decimals.points(Grade.of(credit, question.points).points());
        OptionIds ids = ids(attempt, question);
        AnswerDto right = shown.rightAnswer() ? ids.shown(AnswerDto.from(keys.of(question).rightAnswer())) : null;
        String withheldBy = reveal.withheld().get(question.question.id);
        return new QuestionResultDto(spec.id(), question.version, answer != null, shown.points() ? points : null, question.points,
                shown.correctness() ? response != null && response.isFullCredit() : null, shown.answer() ? ids.shown(answer) : null, right,
                feedback, source, withheldBy == null ? null
                        : "Shown once you submit your open attempt at '" + withheldBy + "', which has this question too.");
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

    private Attempt owned(long attemptId, long learnerId) {
        return attempts.findOwned(attemptId, learnerId).orElseThrow(AttemptService::notFound);
    }

    private static QuestionVersion question(Attempt attempt, String questionId) {
        return attempt.questions.stream()
                .filter(version -> Objects.equals(version.spec.id(), questionId))
                .findFirst()
                .orElseThrow(() -> new Refusal.NotFound("This attempt has no question '" + questionId + "'."));
    }

    private static Refusal.NotFound notFound() {
        return new Refusal.NotFound("You have no attempt with this id.");
    }
}
