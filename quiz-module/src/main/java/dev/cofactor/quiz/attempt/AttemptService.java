package dev.cofactor.quiz.attempt;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import dev.cofactor.quiz.attempt.AttemptDtos.ResultDto;
import dev.cofactor.quiz.question.AnswerKeys;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import dev.cofactor.quiz.scoring.Review;
import dev.cofactor.quiz.scoring.Shuffle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of an attempt: start (or resume), save each answer as it is given, check it (immediate
 * feedback), submit once. Every call names the learner, and an attempt of someone else is answered as
 * if it did not exist. What each call returns, and everything else read about attempts, is
 * {@link AttemptViews}'.
 */
@ApplicationScoped
@Transactional
public class AttemptService {


    private static final SecureRandom SEEDS = new SecureRandom();

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final AttemptViews views;
    private final ObjectMapper json;
    private final AnswerKeys keys;
    private final AccommodationService accommodations;
    private final StatisticsSums sums;
    private final Clock clock;

    AttemptService(QuizRepository quizzes, AttemptRepository attempts,
            ResponseRepository responses, AttemptViews views, ObjectMapper json, AnswerKeys keys,
            AccommodationService accommodations, StatisticsSums sums, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.responses = responses;
        this.views = views;
        this.json = json;
        this.keys = keys;
        this.accommodations = accommodations;
        this.sums = sums;
        this.clock = clock;
    }

    /** Starts an attempt, or returns the one this learner has open on the quiz. */
    public AttemptDto start(long quizId, long learnerId) {
        Quiz quiz = quizzes.findByIdOptional(quizId)
                .orElseThrow(() -> new Refusal.NotFound("There is no quiz with the id " + quizId + "."));
        attempts.lockStarts(quizId, learnerId);
        AttemptRepository.Graded graded = attempts.graded(quizId, learnerId);
        if (graded.openId() != null) {
            return views.view(attempts.findById(graded.openId()));
        }
        if (!quiz.allowsAnotherAttempt(graded.counted())) {
            throw new Refusal.Conflict("You have used all " + quiz.attemptsAllowed + " attempts at this quiz.");
        }
        return views.viewBegun(begin(quiz, learnerId, quizzes.currentVersions(quizId), false));
    }

    /**
     * A practice attempt with only the questions this learner got wrong in their last submitted graded attempt.
     * Practice is ungraded and unlimited, so each round tells which answers are right: it is offered only
     * when that tells nothing new, that is when the quiz shows, at this moment, whether answers were right
     * and either its right answers or, with unlimited attempts, no limit to protect; and never while a
     * graded attempt at the quiz is open.
     */
    public AttemptDto practiceMissed(long quizId, long learnerId) {
        Attempt last = missedIn(quizId, learnerId);
        return views.viewBegun(begin(last.quiz, learnerId, missed(last), true));
    }

    /** Why {@link #practiceMissed} would refuse now, or empty when it would start, for pages to offer it only then. */
    @Transactional(SUPPORTS)
    public Optional<String> practiceRefusal(long quizId, long learnerId) {
        try {
            missed(missedIn(quizId, learnerId));
            return Optional.empty();
        } catch (Refusal.Conflict refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** The graded attempt practice would draw from, when practice may start (see {@link #practiceMissed}). */
    private Attempt missedIn(long quizId, long learnerId) {
        Attempt last = attempts.find("""
                quiz.id = ?1 and learnerId = ?2 and submittedAt is not null and practice = false
                order by submittedAt desc""", quizId, learnerId).firstResultOptional()
                .orElseThrow(() -> new Refusal.Conflict("Submit an attempt at this quiz first."));
        if (attempts.graded(quizId, learnerId).openId() != null) {
            throw new Refusal.Conflict("Submit your open attempt at this quiz before practising.");
        }
        Review.Shown now = views.revealFor(last).shown();
        if (!now.correctness() || !now.rightAnswer() && last.quiz.attemptsAllowed != null) {
            throw new Refusal.Conflict("Practice opens when this quiz shows its right answers (once no attempt is"
                    + " left): practising before then would give the answers away.");
        }
        return last;
    }

    private List<QuestionVersion> missed(Attempt last) {
        Map<Long, Response> answered = responses.byQuestion(last.id);
        List<QuestionVersion> missed = last.questions.stream()
                .filter(version -> answered.get(version.id) == null || !answered.get(version.id).isFullCredit())
                .toList();
        if (missed.isEmpty()) {
            throw new Refusal.Conflict("You got every question right in your last graded attempt: nothing to practise.");
        }
        return missed;
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

    /**
     * Saves (or replaces) the answer to one question, the moment it is given: one statement, committed
     * on its own (no transaction around the checks, which the statement repeats).
     */
    @Transactional(SUPPORTS)
    public AnswerDto saveAnswer(long attemptId, long learnerId, String questionId, AnswerDto given, SaveOrder order) {
        AnswerTarget target = openTarget(attemptId, learnerId, questionId);
        if (target.type() == QuestionType.MULTIPLE_RESPONSE && given != null && given.choiceIds() != null
                && given.choiceIds().isEmpty() && given.toAnswer().isPresent()) {
            store(target, null, order); // nothing ticked is no answer, as Moodle counts it
            return given;
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
        store(target, json(StoredAnswer.of(answer)), order);
        return ids.shown(AnswerDto.from(answer));
    }

    /**
     * Clears the answer to one question, so that it counts as not answered: kept as a response without an
     * answer, in the save order of the page that cleared it, so that no earlier save from that page
     * brings the old answer back. Refused as a save is (submitted, time up, checked, superseded).
     */
    @Transactional(SUPPORTS)
    public void clearAnswer(long attemptId, long learnerId, String questionId, SaveOrder order) {
        store(openTarget(attemptId, learnerId, questionId), null, order);
    }

    /** Flags a question of one of the learner's attempts for review, as Moodle's "Flag question", or takes the flag off. */
    @Transactional
    public void flag(long attemptId, long learnerId, String questionId, boolean flagged) {
        if (!attempts.flag(attemptId, learnerId, questionId, flagged)) {
            throw attempts.findOwned(attemptId, learnerId).isPresent()
                    ? new Refusal.NotFound("This attempt has no question '" + questionId + "'.") : notFound();
        }
    }

    /** The question of an attempt open for answers; refused when there is none, or it is submitted or out of time. */
    private AnswerTarget openTarget(long attemptId, long learnerId, String questionId) {
        AnswerTarget target = attempts.findAnswerTarget(attemptId, learnerId, questionId).orElseThrow(() ->
                attempts.findOwned(attemptId, learnerId).isPresent()
                        ? new Refusal.NotFound("This attempt has no question '" + questionId + "'.") : notFound());
        if (target.submittedAt() != null) {
            throw new Refusal.Conflict("This attempt was submitted; its answers can no longer change.");
        }
        if (target.deadline() != null && now().isAfter(target.deadline())) {
            throw new Refusal.Conflict("Time is up for this attempt; submit it to see your result.");
        }
        return target;
    }

    /** Stores an answer's JSON (null: cleared) in one statement, or says why it was refused. */
    private void store(AnswerTarget target, String answerJson, SaveOrder order) {
        if (!responses.upsert(target.attemptId(), target.questionVersionId(), answerJson, now(), order)) {
            boolean checked = responses.findFor(target.attemptId(), target.questionVersionId()).map(r -> r.checked).orElse(false);
            if (!checked && responses.isSupersededBy(target.attemptId(), target.questionVersionId(), order)) {
                throw new Refusal.Conflict("A later answer to this question, from this page, is saved already;"
                        + " this earlier one was not kept.");
            }
            throw new Refusal.Conflict(checked ? "This answer was checked; a checked answer is final."
                    : "This attempt was submitted or ran out of time while the answer was on its way.");
        }
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
        if (!attempt.quiz.feedbackMode.behaviour().checks(attempt.isSubmitted())) {
            throw new Refusal.Conflict("Answers in this attempt are checked when it is submitted.");
        }
        QuestionVersion question = question(attempt, questionId);
        Response response = responses.findFor(attempt.id, question.id).filter(Response::isAnswered)
                .orElseThrow(() -> new Refusal.Conflict("Answer this question before checking it."));
        AttemptViews.Reveal reveal = views.revealFor(attempt);
        String elsewhere = reveal.withheld().get(question.question.id);
        if (elsewhere != null) {
            throw new Refusal.Conflict("This question is also in your open attempt at '" + elsewhere
                    + "': check it once you have submitted that attempt.");
        }
        if (!response.checked) {
            score(attempt, response, question);
            response.checked = true;
        }
        return views.result(attempt, question, response, reveal);
    }

    /**
     * Submits the attempt once; a second call (a double click, a retry, another tab) returns the same
     * result. A question left unanswered gets a blank response worth nothing, so that a submitted
     * attempt has a response for every question it showed (item statistics read only responses).
     */
    public ResultDto submit(long attemptId, long learnerId) {
        Attempt attempt = attempts.findOwnedForUpdate(attemptId, learnerId).orElseThrow(AttemptService::notFound);
        close(attempt);
        return views.resultOf(attempt, views.revealFor(attempt));
    }

    /**
     * Submits, as their learners would, up to {@code limit} timed attempts whose deadline passed and that
     * nobody submitted: graded as left, marked late, under the quiz's late rule ({@link #submit}'s path).
     * One transaction claims them with {@code FOR UPDATE SKIP LOCKED}, so several instances running this
     * at once each submit different attempts, and none twice. Returns the ids it submitted.
     */
    public List<Long> submitOverdue(int limit) {
        List<Long> submitted = new ArrayList<>();
        for (AttemptRepository.Overdue overdue : attempts.claimOverdue(now(), limit)) {
            Attempt attempt = attempts.findOwnedForUpdate(overdue.attemptId(), overdue.learnerId()).orElseThrow();
            if (!attempt.isSubmitted()) {
                close(attempt);
                submitted.add(attempt.id);
            }
        }
        return submitted;
    }

    /**
     * Submits the learner's attempt if its time ran out unsubmitted, as {@link AutoSubmit} would within a
     * minute: pages check at each read, so a learner never sees a dead attempt as open. Whether it did.
     */
    public boolean submitIfOverdue(long attemptId, long learnerId) {
        Optional<Attempt> overdue = attempts.findOverdueForUpdate(attemptId, learnerId, now());
        overdue.ifPresent(this::close);
        return overdue.isPresent();
    }

    private void close(Attempt attempt) {
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
            if (!attempt.practice) {
                sums.add(attempt.quiz.id, List.of(attempt.id));
            }
        }
    }

    /** Scores an answer to a question of the attempt, under the quiz's late rule. */
    private void score(Attempt attempt, Response response, QuestionVersion question) {
        Fraction credit = Response.credit(keys.of(question), question, response.answer);
        response.record(attempt.quiz.lateRule.credit(credit, attempt.late));
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
    }}
