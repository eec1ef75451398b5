package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.NativeRows;
import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.StoredJsonMapper;
import dev.cofactor.quiz.question.AnswerKeys;
import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.question.QuestionRepository;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

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
            BigDecimal maxScore, BigDecimal oldPercent, BigDecimal newPercent, Boolean oldPassed, Boolean newPassed,
            boolean fits) {

        static ChangeDto of(long attemptId, long learnerId, int fromVersion, Grade before, Grade after, Boolean oldPassed,
                Boolean newPassed, boolean fits) {
            return new ChangeDto(attemptId, learnerId, fromVersion, Decimals.points(before.points()),
                    Decimals.points(after.points()), BigDecimal.valueOf(after.maxPoints()), Decimals.percent(before.percent()),
                    Decimals.percent(after.percent()), oldPassed, newPassed, fits);
        }

        public boolean changed() {
            return oldScore.compareTo(newScore) != 0 || !Objects.equals(oldPassed, newPassed);
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
    private final StatisticsSums sums;
    private final Clock clock;

    RegradeService(EntityManager entityManager, QuizRepository quizzes, QuestionRepository questions,
            QuestionVersionRepository versions, ResponseRepository responses, AnswerKeys keys,
            Event<RegradeApplied> applied, StatisticsSums sums, Clock clock) {
        this.sums = sums;
        this.clock = clock;
        this.applied = applied;
        this.entityManager = entityManager;
        this.quizzes = quizzes;
        this.questions = questions;
        this.versions = versions;
        this.responses = responses;
        this.keys = keys;
    }

    /**
     * The questions of a quiz with submitted attempts on older versions, among the given learners (all when
     * empty). A version that differs from the newest only in the section it cites (a section rename follows
     * into every question that cites it) changes no score, so it is not outdated.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutdatedDto> outdated(long quizId, Learners learners) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select q.slug, newest.version, count(*)
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version v on v.id = aq.question_version_id
                join question q on q.id = v.question_id
                join lateral (select version, spec from question_version where question_id = q.id
                              order by version desc limit 1) newest on true
                where a.quiz_id = ?1 and a.submitted_at is not null and v.version < newest.version
                  and (v.spec - 'evidence') is distinct from (newest.spec - 'evidence')
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
            throw new Refusal.Conflict("No submitted attempt shows an older version of '" + questionId
                    + "' than version " + plan.newest.version + ": there is nothing to regrade.");
        }
        Instant now = clock.instant();
        long regradeId = ((Number) entityManager.createNativeQuery("""
                insert into regrade (quiz_id, question_id, to_version, applied_by, applied_at)
                values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, quizId).setParameter(2, plan.newest.question.id).setParameter(3, plan.newest.id)
                .setParameter(4, appliedBy).setParameter(5, now).getSingleResult()).longValue();
        List<Long> regraded = plan.attempts.stream().map(planned -> planned.attempt.id).toList();
        sums.remove(quizId, regraded);
        for (Planned planned : plan.attempts) {
            Attempt attempt = planned.attempt;
            // The response follows its question version (on update cascade).
            entityManager.createNativeQuery("""
                    update attempt_question set question_version_id = ?1 where attempt_id = ?2 and question_version_id = ?3""")
                    .setParameter(1, plan.newest.id).setParameter(2, attempt.id).setParameter(3, planned.from.id)
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    insert into regrade_change (regrade_id, attempt_id, from_version, old_points_numerator,
                                                old_points_denominator, new_points_numerator, new_points_denominator,
                                                old_max_points, new_max_points, old_passed, new_passed)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                    .setParameter(1, regradeId).setParameter(2, attempt.id).setParameter(3, planned.from.id)
                    .setParameter(4, planned.before.points().numerator()).setParameter(5, planned.before.points().denominator())
                    .setParameter(6, planned.after.points().numerator()).setParameter(7, planned.after.points().denominator())
                    .setParameter(8, planned.before.maxPoints()).setParameter(9, planned.after.maxPoints())
                    .setParameter(10, new TypedParameterValue<>(StandardBasicTypes.BOOLEAN, planned.oldPassed()))
                    .setParameter(11, new TypedParameterValue<>(StandardBasicTypes.BOOLEAN, planned.newPassed()))
                    .executeUpdate();
            attempt.record(planned.after);
        }
        entityManager.flush();
        entityManager.clear(); // the attempts' question lists and responses changed under Hibernate
        for (Planned planned : plan.attempts) {
            responses.findFor(planned.attempt.id, plan.newest.id)
                    .ifPresent(response -> response.record(planned.credit));
        }
        sums.add(quizId, regraded);
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
                       c.attempt_id, a.learner_id, fv.version, c.old_points_numerator, c.old_points_denominator,
                       c.old_max_points, c.new_points_numerator, c.new_points_denominator, c.new_max_points,
                       c.old_passed, c.new_passed
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
                        ((Number) row[3]).longValue(), NativeRows.instant(row[4]), new ArrayList<>()));
            }
            Grade before = grade(row[8], row[9], row[10]);
            Grade after = grade(row[11], row[12], row[13]);
            regrades.get(regrades.size() - 1).changes().add(ChangeDto.of(((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue(), ((Number) row[7]).intValue(), before, after, (Boolean) row[14],
                    (Boolean) row[15], true));
        }
        return regrades;
    }

    private static Grade grade(Object numerator, Object denominator, Object maxPoints) {
        return new Grade(Fraction.of(((Number) numerator).longValue(), ((Number) denominator).longValue()),
                ((Number) maxPoints).longValue());
    }

    /**
     * One attempt to regrade: its grade before (read when planned, so applying cannot change it) and
     * after, with the new credit of the regraded question.
     */
    private record Planned(Attempt attempt, QuestionVersion from, Fraction credit, Grade before, Grade after, boolean fits) {

        Boolean oldPassed() {
            return before.passed(attempt.quiz.passPercent);
        }

        Boolean newPassed() {
            return after.passed(attempt.quiz.passPercent);
        }

        ChangeDto change() {
            return ChangeDto.of(attempt.id, attempt.learnerId, from.version, before, after, oldPassed(), newPassed(), fits);
        }
    }

    private record Plan(QuestionVersion newest, List<Planned> attempts) {
    }

    /** Whether two versions of a question differ at most in the section they cite (see {@link #outdated}). */
    static boolean sameButEvidence(QuestionSpec one, QuestionSpec other) {
        ObjectNode a = StoredJsonMapper.MAPPER.valueToTree(one);
        ObjectNode b = StoredJsonMapper.MAPPER.valueToTree(other);
        a.remove("evidence");
        b.remove("evidence");
        return a.equals(b);
    }

    private Plan plan(long quizId, String questionId, Learners learners) {
        Quiz quiz = quizzes.findByIdOptional(quizId)
                .orElseThrow(() -> new Refusal.NotFound("There is no quiz with the id " + quizId + "."));
        Question question = questions.findBySlug(questionId)
                .orElseThrow(() -> new Refusal.NotFound("There is no question '" + questionId + "'."));
        QuestionVersion newest = versions.findCurrent(question).orElseThrow();
        List<Attempt> outdated = entityManager.createQuery("""
                select distinct a from Attempt a join a.questions v
                where a.quiz = :quiz and a.submittedAt is not null and v.question = :question and v.version < :newest
                order by a.id""", Attempt.class)
                .setParameter("quiz", quiz).setParameter("question", question).setParameter("newest", newest.version)
                .getResultList().stream()
                .filter(attempt -> learners.includes(attempt.learnerId))
                .filter(attempt -> attempt.questions.stream().anyMatch(version -> version.question.id.equals(question.id)
                        && !sameButEvidence(version.spec, newest.spec)))
                .toList();
        List<Planned> planned = new ArrayList<>();
        for (Attempt attempt : outdated) {
            QuestionVersion from = attempt.questions.stream().filter(version -> version.question.id.equals(question.id))
                    .findFirst().orElseThrow();
            Optional<Response> response = responses.findFor(attempt.id, from.id);
            boolean fits = response.filter(Response::isAnswered).map(answered -> Response.fitting(newest, answered.answer)
                    .filter(given -> keys.of(newest).problem(given).isEmpty()).isPresent()).orElse(true);
            Fraction oldCredit = response.flatMap(Response::credit).orElse(Fraction.ZERO);
            // a mark a person set stays: the new version's key does not overrule their judgement
            Fraction credit = response.filter(marked -> marked.manualCredit).isPresent() ? oldCredit
                    : quiz.lateRule.credit(response.map(answered -> Response.credit(keys.of(newest), newest,
                            answered.answer)).orElse(Fraction.ZERO), attempt.late);
            Grade before = attempt.grade().orElseThrow();
            Grade after = before.replacing(Grade.of(oldCredit, from.points), Grade.of(credit, newest.points));
            planned.add(new Planned(attempt, from, credit, before, after, fits));
        }
        return new Plan(newest, planned);
    }
}
