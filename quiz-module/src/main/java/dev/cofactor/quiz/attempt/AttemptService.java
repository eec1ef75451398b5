package dev.cofactor.quiz.attempt;

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
import dev.cofactor.quiz.quiz.LateRule;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Shuffle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    AttemptService(QuizRepository quizzes, QuestionVersionRepository versions, AttemptRepository attempts,
            ResponseRepository responses, EvidenceCatalog evidence, StemRenderer renderer, ObjectMapper json,
            AnswerKeys keys, AccommodationService accommodations) {
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
                .orElseThrow(() -> new NotFoundException("There is no quiz with the id " + quizId + "."));
        Optional<Attempt> open = attempts.findOpen(quizId, learnerId);
        if (open.isPresent()) {
            return view(open.get());
        }
        if (quiz.attemptsAllowed != null && attempts.countCounted(quizId, learnerId) >= quiz.attemptsAllowed) {
            throw new ClientErrorException("You have used all " + quiz.attemptsAllowed + " attempts at this quiz.",
                    Status.CONFLICT);
        }
        List<QuestionVersion> current = quiz.questions.stream()
                .map(question -> versions.findCurrent(question).orElseThrow())
                .toList();
        return view(begin(quiz, learnerId, current, false));
    }

    /** A practice attempt with only the questions this learner got wrong in their last submitted attempt. */
    public AttemptDto practiceMissed(long quizId, long learnerId) {
        Attempt last = attempts.find("quiz.id = ?1 and learnerId = ?2 and submittedAt is not null order by submittedAt desc",
                quizId, learnerId).firstResultOptional()
                .orElseThrow(() -> new ClientErrorException("Submit an attempt at this quiz first.", Status.CONFLICT));
        Map<Long, Response> answered = responses.byQuestion(last.id);
        List<QuestionVersion> missed = last.questions.stream()
                .filter(version -> !isFullCredit(answered.get(version.id)))
                .toList();
        if (missed.isEmpty()) {
            throw new ClientErrorException("You got every question right last time: nothing to practise.", Status.CONFLICT);
        }
        return view(begin(last.quiz, learnerId, missed, true));
    }

    private Attempt begin(Quiz quiz, long learnerId, List<QuestionVersion> questions, boolean practice) {
        Attempt attempt = new Attempt();
        attempt.quiz = quiz;
        attempt.learnerId = learnerId;
        attempt.seed = SEEDS.nextLong();
        attempt.practice = practice;
        attempt.startedAt = now();
        attempt.deadline = practice ? null : accommodations.deadline(quiz, learnerId, attempt.startedAt);
        attempt.questions.addAll(quiz.shuffleQuestions ? Shuffle.of(questions, attempt.seed, 0) : questions);
        attempt.maxPoints = BigDecimal.valueOf(questions.stream().mapToInt(version -> version.points).sum()).setScale(4);
        attempts.persist(attempt);
        return attempt;
    }

    @Transactional(SUPPORTS)
    public AttemptDto find(long attemptId, long learnerId) {
        return view(owned(attemptId, learnerId));
    }

    @Transactional(SUPPORTS)
    public List<AttemptSummaryDto> listForLearner(long learnerId) {
        return attempts.listByLearner(learnerId).stream()
                .map(attempt -> new AttemptSummaryDto(attempt.id, attempt.quiz.id, attempt.quiz.slug, attempt.quiz.title,
                        attempt.practice, attempt.startedAt, attempt.submittedAt, attempt.points, attempt.maxPoints,
                        attempt.passed, attempt.late))
                .toList();
    }

    /**
     * Saves (or replaces) the answer to one question, the moment it is given: one statement, committed
     * on its own (no transaction around the checks, which the statement repeats).
     */
    @Transactional(SUPPORTS)
    public AnswerDto saveAnswer(long attemptId, long learnerId, String questionId, AnswerDto given) {
        AnswerTarget target = attempts.findAnswerTarget(attemptId, learnerId, questionId).orElseThrow(() ->
                attempts.findOwned(attemptId, learnerId).isPresent()
                        ? new NotFoundException("This attempt has no question '" + questionId + "'.") : notFound());
        if (target.submittedAt() != null) {
            throw new ClientErrorException("This attempt was submitted; its answers can no longer change.", Status.CONFLICT);
        }
        if (target.deadline() != null && now().isAfter(target.deadline())) {
            throw new ClientErrorException("Time is up for this attempt; submit it to see your result.", Status.CONFLICT);
        }
        Answer answer = given == null ? null : given.toAnswer(target.type()).orElse(null);
        if (answer == null) {
            throw new BadRequestException("This question takes an answer shaped like " + AnswerDto.shapeOf(target.type()) + ".");
        }
        keys.of(target.questionVersionId()).problem(answer).ifPresent(problem -> {
            throw new BadRequestException(problem);
        });
        AnswerDto saved = AnswerDto.from(answer);
        if (!responses.upsert(target.attemptId(), target.questionVersionId(), json(saved), now())) {
            boolean checked = responses.findFor(target.attemptId(), target.questionVersionId()).map(r -> r.checked).orElse(false);
            throw new ClientErrorException(checked ? "This answer was checked; a checked answer is final."
                    : "This attempt was submitted or ran out of time while the answer was on its way.", Status.CONFLICT);
        }
        return saved;
    }

    private String json(AnswerDto answer) {
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
            throw new ClientErrorException("Answers in this attempt are checked when it is submitted.", Status.CONFLICT);
        }
        QuestionVersion question = question(attempt, questionId);
        Response response = responses.findFor(attempt.id, question.id)
                .orElseThrow(() -> new ClientErrorException("Answer this question before checking it.", Status.CONFLICT));
        if (!response.checked) {
            score(response, question, false);
            response.checked = true;
        }
        return result(attempt, question, response, evidence.sectionTitles(attempt.quiz.articleSlug), attempt.quiz.showRightAnswers);
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
            boolean noCredit = attempt.late && attempt.quiz.lateRule == LateRule.NO_CREDIT;
            Map<Long, Response> answered = responses.byQuestion(attempt.id);
            BigDecimal total = BigDecimal.ZERO.setScale(4);
            for (QuestionVersion question : attempt.questions) {
                Response response = answered.get(question.id);
                if (response == null) {
                    responses.persist(Response.blank(attempt.id, question.id, attempt.submittedAt));
                } else {
                    score(response, question, noCredit);
                    total = total.add(response.points);
                }
            }
            attempt.points = total;
            attempt.passed = passes(total, attempt.maxPoints, attempt.quiz);
        }
        return resultOf(attempt, attempt.quiz.showRightAnswers);
    }

    private void score(Response response, QuestionVersion question, boolean noCredit) {
        response.record(Response.credit(keys.of(question), question, response.answer, noCredit), question.points);
    }

    /**
     * Any attempt as its learner answered it, on the question versions it showed, for an instructor:
     * the right answers are shown whatever the quiz's review options.
     */
    @Transactional(SUPPORTS)
    public Optional<ReviewDto> review(long attemptId) {
        return attempts.findByIdOptional(attemptId).map(attempt -> new ReviewDto(attempt.learnerId, view(attempt, true)));
    }

    private AttemptDto view(Attempt attempt) {
        return view(attempt, attempt.quiz.showRightAnswers);
    }

    private AttemptDto view(Attempt attempt, boolean showRightAnswers) {
        Map<Long, Response> answered = responses.byQuestion(attempt.id);
        Map<String, String> titles = attempt.quiz.feedbackMode == FeedbackMode.IMMEDIATE
                ? evidence.sectionTitles(attempt.quiz.articleSlug) : Map.of(); // only checked answers show evidence
        List<QuestionDto> questions = new ArrayList<>();
        for (QuestionVersion question : attempt.questions) {
            Response response = answered.get(question.id);
            QuestionResultDto check = response != null && response.checked
                    ? result(attempt, question, response, titles, showRightAnswers) : null;
            questions.add(learnerView(attempt, question, response == null ? null : response.answer, check));
        }
        return new AttemptDto(attempt.id, attempt.quiz.id, attempt.quiz.slug, attempt.quiz.title, attempt.quiz.articleSlug,
                attempt.quiz.sectionAnchor, attempt.quiz.feedbackMode, attempt.practice, attempt.startedAt, attempt.deadline,
                attempt.submittedAt, (int) answered.values().stream().filter(Response::isAnswered).count(), questions, attempt.isSubmitted() ? resultOf(attempt, showRightAnswers) : null);
    }

    /** The question without its key: choices, items and targets by id and text only, shuffled by the attempt's seed. */
    private QuestionDto learnerView(Attempt attempt, QuestionVersion question, AnswerDto answer, QuestionResultDto check) {
        QuestionSpec spec = question.spec;
        long salt = question.id;
        return new QuestionDto(spec.id(), question.version, question.type, renderer.html(spec.stem()), question.points,
                options(spec.choices(), attempt.quiz.shuffleChoices, attempt.seed, salt),
                options(spec.items(), true, attempt.seed, salt + 1),
                options(spec.targets(), attempt.quiz.shuffleChoices, attempt.seed, salt + 2),
                answer, check);
    }

    /**
     * A question as a learner would see it, for an author's preview: choices as written, items shuffled
     * (as every attempt shuffles them, so an ordering question never shows its answer).
     */
    @Transactional(SUPPORTS)
    public QuestionDto preview(QuestionSpec spec, int version) {
        return new QuestionDto(spec.id(), version, spec.type(), renderer.html(spec.stem()), spec.pointsOrDefault(),
                options(spec.choices(), false, 0, 0), options(spec.items(), true, 1, 1),
                options(spec.targets(), false, 0, 0), null, null);
    }

    private List<OptionDto> options(List<QuestionSpec.Option> options, boolean shuffle, long seed, long salt) {
        if (options == null) {
            return null;
        }
        List<OptionDto> shown = options.stream()
                .map(option -> new OptionDto(option.id(), renderer.inlineHtml(option.text())))
                .toList();
        return shuffle ? Shuffle.of(shown, seed, salt) : shown;
    }

    private ResultDto resultOf(Attempt attempt, boolean showRightAnswers) {
        Map<Long, Response> answered = responses.byQuestion(attempt.id);
        Map<String, String> titles = evidence.sectionTitles(attempt.quiz.articleSlug);
        List<QuestionResultDto> questions = attempt.questions.stream()
                .map(question -> result(attempt, question, answered.get(question.id), titles, showRightAnswers))
                .toList();
        return new ResultDto(attempt.id, attempt.points, attempt.maxPoints, percent(attempt.points, attempt.maxPoints),
                Boolean.TRUE.equals(attempt.passed), attempt.late, attempt.submittedAt, questions);
    }

    private QuestionResultDto result(Attempt attempt, QuestionVersion question, Response response,
            Map<String, String> sectionTitles, boolean showRightAnswers) {
        QuestionSpec spec = question.spec;
        AnswerDto answer = response == null ? null : response.answer;
        List<String> feedback = new ArrayList<>();
        if (answer != null && spec.choices() != null) {
            List<String> picked = answer.choiceId() != null ? List.of(answer.choiceId())
                    : answer.choiceIds() != null ? answer.choiceIds() : List.of();
            spec.choices().stream()
                    .filter(choice -> picked.contains(choice.id()) && choice.feedback() != null)
                    .map(choice -> renderer.html(choice.feedback()))
                    .forEach(feedback::add);
        }
        if (answer != null && answer.value() != null) {
            String picked = answer.value() ? spec.trueFeedback() : spec.falseFeedback();
            if (picked != null) {
                feedback.add(renderer.html(picked));
            }
        }
        if (spec.feedback() != null) {
            feedback.add(renderer.html(spec.feedback()));
        }
        String title = sectionTitles.getOrDefault(spec.evidence(), spec.evidence());
        EvidenceDto source = new EvidenceDto(attempt.quiz.articleSlug, spec.evidence(), title,
                "/articles/" + attempt.quiz.articleSlug + "/" + spec.evidence());
        BigDecimal points = response == null || response.points == null ? BigDecimal.ZERO.setScale(4) : response.points;
        AnswerDto right = showRightAnswers ? AnswerDto.from(keys.of(question).rightAnswer()) : null;
        return new QuestionResultDto(spec.id(), question.version, points, question.points, isFullCredit(response),
                answer, right, feedback, source);
    }

    private static boolean isFullCredit(Response response) {
        return response != null && response.credit != null && response.credit.compareTo(BigDecimal.ONE) == 0;
    }

    /** Whether a score reaches the quiz's pass mark. */
    static boolean passes(BigDecimal points, BigDecimal max, Quiz quiz) {
        return percent(points, max).compareTo(BigDecimal.valueOf(quiz.passPercent)) >= 0;
    }

    static BigDecimal percent(BigDecimal points, BigDecimal max) {
        if (points == null || max.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_EVEN);
    }

    /** Now, to the microsecond PostgreSQL keeps, so a stored time reads back exactly as it was written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Attempt owned(long attemptId, long learnerId) {
        return attempts.findOwned(attemptId, learnerId).orElseThrow(AttemptService::notFound);
    }

    private static QuestionVersion question(Attempt attempt, String questionId) {
        return attempt.questions.stream()
                .filter(version -> Objects.equals(version.spec.id(), questionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This attempt has no question '" + questionId + "'."));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("You have no attempt with this id.");
    }
}
