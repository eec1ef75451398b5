package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.AnswerKeys;
import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.question.QuestionRepository;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import dev.cofactor.quiz.quiz.LateRule;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Fraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Regrades the submitted attempts of a quiz after one of its questions changed: each attempt that
 * showed an older version is moved to the newest one and its answer scored again. A preview (dry run)
 * shows every grade change; applying it records them.
 */
@ApplicationScoped
@Transactional
public class RegradeService {

    /** A question of a quiz that submitted attempts answered on an older version than the newest. */
    public record OutdatedDto(String questionId, int newestVersion, long attempts) {
    }

    /** One attempt's grade before and after. {@code fits} is false when the answer does not fit the new version. */
    public record ChangeDto(long attemptId, long learnerId, int fromVersion, BigDecimal oldScore, BigDecimal newScore,
            BigDecimal maxScore, BigDecimal oldPercent, BigDecimal newPercent, boolean oldPassed, boolean newPassed,
            boolean fits) {

        public boolean changed() {
            return oldScore.compareTo(newScore) != 0 || oldPassed != newPassed;
        }
    }

    /** A regrade: previewed ({@code id} null) or applied. */
    public record RegradeDto(Long id, long quizId, String questionId, int toVersion, Long appliedBy, Instant appliedAt,
            List<ChangeDto> changes) {
    }

    private final EntityManager entityManager;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final ResponseRepository responses;
    private final AnswerKeys keys;
    private final Event<RegradeApplied> applied;

    RegradeService(EntityManager entityManager, QuizRepository quizzes, QuestionRepository questions,
            QuestionVersionRepository versions, ResponseRepository responses, AnswerKeys keys,
            Event<RegradeApplied> applied) {
        this.applied = applied;
        this.entityManager = entityManager;
        this.quizzes = quizzes;
        this.questions = questions;
        this.versions = versions;
        this.responses = responses;
        this.keys = keys;
    }

    /** The questions of a quiz with submitted attempts on older versions, among the given learners (all when empty). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutdatedDto> outdated(long quizId, Learners learners) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select q.slug, newest.version, count(*)
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version v on v.id = aq.question_version_id
                join question q on q.id = v.question_id
                join lateral (select max(version) as version from question_version where question_id = q.id) newest on true
                where a.quiz_id = ?1 and a.submitted_at is not null and v.version < newest.version
                  and (cast(?2 as text) is null or a.learner_id = any(cast(?2 as bigint[])))
                group by q.slug, newest.version
                order by q.slug""").setParameter(1, quizId).setParameter(2, learners.sqlArray()).getResultList();
        return rows.stream().map(row -> new OutdatedDto((String) row[0], ((Number) row[1]).intValue(),
                ((Number) row[2]).longValue())).toList();
    }

    /** What a regrade would change, writing nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegradeDto preview(long quizId, String questionId, Learners learners) {
        Plan plan = plan(quizId, questionId, learners);
        return new RegradeDto(null, quizId, questionId, plan.newest.version, null, null,
                plan.attempts.stream().map(Planned::change).toList());
    }

    /** Regrades, records every change, and returns them. */
    public RegradeDto apply(long quizId, String questionId, Learners learners, long appliedBy) {
        Plan plan = plan(quizId, questionId, learners);
        if (plan.attempts.isEmpty()) {
            throw new ClientErrorException("No submitted attempt shows an older version of '" + questionId
                    + "' than version " + plan.newest.version + ": there is nothing to regrade.", Status.CONFLICT);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long regradeId = ((Number) entityManager.createNativeQuery("""
                insert into regrade (quiz_id, question_id, to_version, applied_by, applied_at)
                values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, quizId).setParameter(2, plan.newest.question.id).setParameter(3, plan.newest.id)
                .setParameter(4, appliedBy).setParameter(5, now).getSingleResult()).longValue();
        for (Planned planned : plan.attempts) {
            Attempt attempt = planned.attempt;
            // The response follows its question version (on update cascade).
            entityManager.createNativeQuery("""
                    update attempt_question set question_version_id = ?1 where attempt_id = ?2 and question_version_id = ?3""")
                    .setParameter(1, plan.newest.id).setParameter(2, attempt.id).setParameter(3, planned.from.id)
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    insert into regrade_change (regrade_id, attempt_id, from_version, old_points, new_points, old_max_points,
                                                new_max_points, old_passed, new_passed)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                    .setParameter(1, regradeId).setParameter(2, attempt.id).setParameter(3, planned.from.id)
                    .setParameter(4, planned.oldScore).setParameter(5, planned.newScore)
                    .setParameter(6, planned.oldMax).setParameter(7, planned.newMax)
                    .setParameter(8, planned.oldPassed).setParameter(9, planned.newPassed)
                    .executeUpdate();
            attempt.points = planned.newScore;
            attempt.maxPoints = planned.newMax;
            attempt.passed = planned.newPassed;
        }
        entityManager.flush();
        entityManager.clear(); // the attempts' question lists and responses changed under Hibernate
        for (Planned planned : plan.attempts) {
            responses.findFor(planned.attempt.id, plan.newest.id)
                    .ifPresent(response -> response.record(planned.credit, plan.newest.points));
        }
        applied.fire(new RegradeApplied(regradeId, quizId, questionId, plan.newest.version, plan.attempts.size()));
        return new RegradeDto(regradeId, quizId, questionId, plan.newest.version, appliedBy, now,
                plan.attempts.stream().map(Planned::change).toList());
    }

    /** The regrades applied to a quiz, newest first, with their changes to the given learners' attempts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegradeDto> history(long quizId, Learners learners) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select g.id, q.slug, v.version, g.applied_by, g.applied_at,
                       c.attempt_id, a.learner_id, fv.version, c.old_points, c.new_points, c.old_max_points,
                       c.new_max_points, c.old_passed, c.new_passed
                from regrade g
                join question q on q.id = g.question_id
                join question_version v on v.id = g.to_version
                join regrade_change c on c.regrade_id = g.id
                join attempt a on a.id = c.attempt_id
                join question_version fv on fv.id = c.from_version
                where g.quiz_id = ?1
                  and (cast(?2 as text) is null or a.learner_id = any(cast(?2 as bigint[])))
                order by g.applied_at desc, g.id desc, c.attempt_id""").setParameter(1, quizId).setParameter(2, learners.sqlArray())
                .getResultList();
        List<RegradeDto> regrades = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (regrades.isEmpty() || regrades.get(regrades.size() - 1).id() != id) {
                regrades.add(new RegradeDto(id, quizId, (String) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).longValue(), ProgressService.instant(row[4]), new ArrayList<>()));
            }
            BigDecimal oldScore = (BigDecimal) row[8];
            BigDecimal newScore = (BigDecimal) row[9];
            BigDecimal oldMax = (BigDecimal) row[10];
            BigDecimal newMax = (BigDecimal) row[11];
            regrades.get(regrades.size() - 1).changes().add(new ChangeDto(((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue(), ((Number) row[7]).intValue(), oldScore, newScore, newMax,
                    AttemptService.percent(oldScore, oldMax), AttemptService.percent(newScore, newMax), (Boolean) row[12],
                    (Boolean) row[13], true));
        }
        return regrades;
    }

    /** One attempt to regrade: its grade before (read when planned, so applying cannot change it) and after. */
    private record Planned(Attempt attempt, QuestionVersion from, Fraction credit, BigDecimal oldScore, BigDecimal oldMax,
            boolean oldPassed, BigDecimal newScore, BigDecimal newMax, boolean newPassed, boolean fits) {

        ChangeDto change() {
            return new ChangeDto(attempt.id, attempt.learnerId, from.version, oldScore, newScore, newMax,
                    AttemptService.percent(oldScore, oldMax), AttemptService.percent(newScore, newMax), oldPassed,
                    newPassed, fits);
        }
    }

    private record Plan(QuestionVersion newest, List<Planned> attempts) {
    }

    private Plan plan(long quizId, String questionId, Learners learners) {
        Quiz quiz = quizzes.findByIdOptional(quizId)
                .orElseThrow(() -> new NotFoundException("There is no quiz with the id " + quizId + "."));
        Question question = questions.findBySlug(questionId)
                .orElseThrow(() -> new NotFoundException("There is no question '" + questionId + "'."));
        QuestionVersion newest = versions.findCurrent(question).orElseThrow();
        List<Attempt> outdated = entityManager.createQuery("""
                select distinct a from Attempt a join a.questions v
                where a.quiz = :quiz and a.submittedAt is not null and v.question = :question and v.version < :newest
                order by a.id""", Attempt.class)
                .setParameter("quiz", quiz).setParameter("question", question).setParameter("newest", newest.version)
                .getResultList().stream()
                .filter(attempt -> learners.includes(attempt.learnerId))
                .toList();
        List<Planned> planned = new ArrayList<>();
        for (Attempt attempt : outdated) {
            QuestionVersion from = attempt.questions.stream().filter(version -> version.question.id.equals(question.id))
                    .findFirst().orElseThrow();
            Optional<Response> response = responses.findFor(attempt.id, from.id);
            boolean noCredit = attempt.late && quiz.lateRule == LateRule.NO_CREDIT;
            boolean fits = response.filter(Response::isAnswered).map(answered -> answered.answer.toAnswer(newest.type)
                    .filter(given -> keys.of(newest).problem(given).isEmpty()).isPresent()).orElse(true);
            Fraction credit = response.map(answered -> Response.credit(keys.of(newest), newest, answered.answer, noCredit))
                    .orElse(Fraction.ZERO);
            BigDecimal oldPoints = response.map(answered -> answered.points).orElse(null);
            BigDecimal oldScore = attempt.points == null ? BigDecimal.ZERO.setScale(4) : attempt.points;
            BigDecimal newScore = oldScore.subtract(oldPoints == null ? BigDecimal.ZERO : oldPoints)
                    .add(Response.points(credit, newest.points));
            BigDecimal newMax = attempt.maxPoints.subtract(BigDecimal.valueOf(from.points)).add(BigDecimal.valueOf(newest.points));
            planned.add(new Planned(attempt, from, credit, oldScore, attempt.maxPoints, Boolean.TRUE.equals(attempt.passed),
                    newScore, newMax, AttemptService.passes(newScore, newMax, quiz), fits));
        }
        return new Plan(newest, planned);
    }
}
