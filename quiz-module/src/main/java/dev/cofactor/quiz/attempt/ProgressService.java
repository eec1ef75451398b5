package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.quiz.GradingMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Grades per learner and quiz, and a learner's mastery per concept tag, as SQL aggregates over submitted attempts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    public record QuizGradeDto(long quizId, String quizSlug, String quizTitle, GradingMethod gradingMethod,
            int attempts, BigDecimal gradePercent, boolean passed) {
    }

    public record MasteryDto(String tag, BigDecimal earned, BigDecimal possible, BigDecimal percent) {
    }

    private final EntityManager entityManager;

    ProgressService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Per quiz, the grade its grading method gives over the counted (not practice) submitted attempts,
     * leaving out those whose score the learner may not see yet ({@code AttemptService.scoresHidden}).
     */
    public List<QuizGradeDto> grades(long learnerId, Set<Long> leaveOut) {
        return cells(Learners.only(Set.of(learnerId)), null, null, leaveOut).stream()
                .map(cell -> new QuizGradeDto(cell.quizId(), cell.quizSlug(), cell.quizTitle(), cell.gradingMethod(),
                        cell.attempts(), cell.gradePercent(), cell.passed()))
                .toList();
    }

    /** One learner's grade on one quiz, with how many attempts it counts and when the last was submitted. */
    public record GradeCellDto(long learnerId, long quizId, String quizSlug, String quizTitle, GradingMethod gradingMethod,
            int attempts, BigDecimal gradePercent, boolean passed, Instant lastActivity) {
    }

    /**
     * The grades of many learners: per learner and quiz, over the counted attempts submitted in
     * [{@code from}, {@code to}) (either end may be open).
     */
    public List<GradeCellDto> gradebook(Learners learners, Instant from, Instant to) {
        return cells(learners, from, to, Set.of());
    }

    private List<GradeCellDto> cells(Learners learners, Instant from, Instant to, Set<Long> leaveOut) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.learner_id, q.id, q.slug, q.title, q.grading_method, q.pass_percent,
                       round(100 * a.points / nullif(a.max_points, 0), 2), a.submitted_at
                from attempt a join quiz q on q.id = a.quiz_id
                where a.submitted_at is not null and not a.practice
                  and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
                  and a.submitted_at >= coalesce(cast(:from as timestamptz), '-infinity')
                  and a.submitted_at < coalesce(cast(:to as timestamptz), 'infinity')
                  and not a.id = any(cast(:leaveOut as bigint[]))
                order by a.learner_id, q.id, a.submitted_at""")
                .setParameter("learners", learners.sqlArray())
                .setParameter("leaveOut", Learners.sqlArray(leaveOut))
                .setParameter("from", new TypedParameterValue<>(StandardBasicTypes.INSTANT, from))
                .setParameter("to", new TypedParameterValue<>(StandardBasicTypes.INSTANT, to))
                .getResultList();
        Map<List<Long>, List<Object[]>> cells = new LinkedHashMap<>();
        rows.forEach(row -> cells.computeIfAbsent(List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                key -> new ArrayList<>()).add(row));
        List<GradeCellDto> grades = new ArrayList<>();
        cells.forEach((key, attempts) -> {
            Object[] first = attempts.get(0);
            GradingMethod method = GradingMethod.valueOf((String) first[4]);
            List<BigDecimal> percents = attempts.stream().map(row -> (BigDecimal) row[6]).toList();
            BigDecimal grade = grade(method, percents);
            grades.add(new GradeCellDto(key.get(0), key.get(1), (String) first[2], (String) first[3], method,
                    percents.size(), grade, grade.compareTo(BigDecimal.valueOf(((Number) first[5]).intValue())) >= 0,
                    instant(attempts.get(attempts.size() - 1)[7])));
        });
        return grades;
    }

    /** A timestamptz as a native query returns it (the JDBC driver's type varies) as an Instant. */
    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    static BigDecimal grade(GradingMethod method, List<BigDecimal> percents) {
        return switch (method) {
            case HIGHEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
            case FIRST -> percents.get(0);
            case LAST -> percents.get(percents.size() - 1);
            case AVERAGE -> percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_EVEN);
        };
    }

    /** Per concept tag, the share of points earned on questions with that tag, over the submitted attempts but {@code leaveOut}. */
    public List<MasteryDto> mastery(long learnerId, Set<Long> leaveOut) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select t.tag, sum(coalesce(r.points, 0)), sum(qv.points)
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version qv on qv.id = aq.question_version_id
                join question_version_tag t on t.question_version_id = qv.id
                left join response r on r.attempt_id = a.id and r.question_version_id = qv.id
                where a.learner_id = ?1 and a.submitted_at is not null and not a.id = any(cast(?2 as bigint[]))
                group by t.tag
                order by t.tag""").setParameter(1, learnerId).setParameter(2, Learners.sqlArray(leaveOut))
                .getResultList();
        return rows.stream().map(row -> {
            BigDecimal earned = (BigDecimal) row[1];
            BigDecimal possible = new BigDecimal(row[2].toString());
            return new MasteryDto((String) row[0], earned, possible,
                    earned.multiply(BigDecimal.valueOf(100)).divide(possible, 0, RoundingMode.HALF_EVEN));
        }).toList();
    }
}
