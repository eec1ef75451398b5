package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.NativeRows;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Grades per learner and quiz, and a learner's mastery per concept tag, as SQL aggregates over submitted attempts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    public record QuizGradeDto(long quizId, String quizSlug, String quizTitle, GradingMethod gradingMethod,
            int attempts, BigDecimal gradePercent, Boolean passed) {
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
        return cells(null, Learners.only(Set.of(learnerId)), null, null, leaveOut).stream()
                .map(cell -> new QuizGradeDto(cell.quizId(), cell.quizSlug(), cell.quizTitle(), cell.gradingMethod(),
                        cell.attempts(), cell.gradePercent(), cell.passed()))
                .toList();
    }

    /** One learner's grade on one quiz, with how many attempts it counts and when the last was submitted. */
    public record GradeCellDto(long learnerId, long quizId, String quizSlug, String quizTitle, GradingMethod gradingMethod,
            int attempts, BigDecimal gradePercent, Boolean passed, Instant lastActivity) {
    }

    /**
     * The grades of many learners: per learner and quiz, over the counted attempts submitted in
     * [{@code from}, {@code to}) (either end may be open).
     */
    public List<GradeCellDto> gradebook(Learners learners, Instant from, Instant to) {
        return cells(null, learners, from, to, Set.of());
    }

    /** The grades of many learners on one quiz, over all their counted attempts. */
    public List<GradeCellDto> gradebook(long quizId, Learners learners) {
        return cells(quizId, learners, null, null, Set.of());
    }

    private List<GradeCellDto> cells(Long quizId, Learners learners, Instant from, Instant to, Set<Long> leaveOut) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.learner_id, q.id, q.slug, q.title, q.grading_method, q.pass_percent,
                       a.points_numerator, a.points_denominator, a.max_points, a.submitted_at
                from attempt a join quiz q on q.id = a.quiz_id
                where a.submitted_at is not null and not a.practice
                  and (cast(:quiz as bigint) is null or a.quiz_id = :quiz)
                  and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
                  and a.submitted_at >= coalesce(cast(:from as timestamptz), '-infinity')
                  and a.submitted_at < coalesce(cast(:to as timestamptz), 'infinity')
                  and not a.id = any(cast(:leaveOut as bigint[]))
                order by a.learner_id, q.id, a.submitted_at""")
                .setParameter("quiz", new TypedParameterValue<>(StandardBasicTypes.LONG, quizId))
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
            List<Fraction> percents = attempts.stream().map(row -> new Grade(Fraction.of(((Number) row[6]).longValue(),
                    ((Number) row[7]).longValue()), ((Number) row[8]).longValue()).percent()).toList();
            Fraction grade = method.grade(percents);
            grades.add(new GradeCellDto(key.get(0), key.get(1), (String) first[2], (String) first[3], method,
                    percents.size(), Decimals.percent(grade), Grade.passed(grade, ((Number) first[5]).intValue()),
                    NativeRows.instant(attempts.get(attempts.size() - 1)[9])));
        });
        return grades;
    }

    /** Per concept tag, the share of points earned on questions with that tag, over the submitted attempts but {@code leaveOut}. */
    public List<MasteryDto> mastery(long learnerId, Set<Long> leaveOut) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select t.tag, coalesce(r.credit_numerator, 0), coalesce(r.credit_denominator, 1), qv.points
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version qv on qv.id = aq.question_version_id
                join question_version_tag t on t.question_version_id = qv.id
                left join response r on r.attempt_id = a.id and r.question_version_id = qv.id
                where a.learner_id = ?1 and a.submitted_at is not null and not a.id = any(cast(?2 as bigint[]))
                order by t.tag""").setParameter(1, learnerId).setParameter(2, Learners.sqlArray(leaveOut))
                .getResultList();
        Map<String, Grade> byTag = new TreeMap<>();
        rows.forEach(row -> byTag.merge((String) row[0], Grade.of(Fraction.of(((Number) row[1]).longValue(),
                ((Number) row[2]).longValue()), ((Number) row[3]).intValue()), Grade::plus));
        return byTag.entrySet().stream().map(tag -> new MasteryDto(tag.getKey(), Decimals.points(tag.getValue().points()),
                BigDecimal.valueOf(tag.getValue().maxPoints()), Decimals.percent(tag.getValue().percent()))).toList();
    }
}
