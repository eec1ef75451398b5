package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.quiz.GradingMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A learner's grade per quiz and mastery per concept tag, as SQL aggregates over their submitted attempts. */
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

    /** Per quiz, the grade its grading method gives over the counted (not practice) submitted attempts. */
    public List<QuizGradeDto> grades(long learnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select q.id, q.slug, q.title, q.grading_method, q.pass_percent,
                       round(100 * a.points / nullif(a.max_points, 0), 2)
                from attempt a join quiz q on q.id = a.quiz_id
                where a.learner_id = ?1 and a.submitted_at is not null and not a.practice
                order by q.id, a.submitted_at""").setParameter(1, learnerId).getResultList();
        Map<Long, List<Object[]>> byQuiz = new LinkedHashMap<>();
        rows.forEach(row -> byQuiz.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row));
        List<QuizGradeDto> grades = new ArrayList<>();
        byQuiz.forEach((quizId, attempts) -> {
            Object[] first = attempts.get(0);
            GradingMethod method = GradingMethod.valueOf((String) first[3]);
            List<BigDecimal> percents = attempts.stream().map(row -> (BigDecimal) row[5]).toList();
            BigDecimal grade = grade(method, percents);
            grades.add(new QuizGradeDto(quizId, (String) first[1], (String) first[2], method, percents.size(), grade,
                    grade.compareTo(BigDecimal.valueOf(((Number) first[4]).intValue())) >= 0));
        });
        return grades;
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

    /** Per concept tag, the share of points earned on questions with that tag, over every submitted attempt. */
    public List<MasteryDto> mastery(long learnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select t.tag, sum(coalesce(r.points, 0)), sum(qv.points)
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version qv on qv.id = aq.question_version_id
                join question_version_tag t on t.question_version_id = qv.id
                left join response r on r.attempt_id = a.id and r.question_version_id = qv.id
                where a.learner_id = ?1 and a.submitted_at is not null
                group by t.tag
                order by t.tag""").setParameter(1, learnerId).getResultList();
        return rows.stream().map(row -> {
            BigDecimal earned = (BigDecimal) row[1];
            BigDecimal possible = new BigDecimal(row[2].toString());
            return new MasteryDto((String) row[0], earned, possible,
                    earned.multiply(BigDecimal.valueOf(100)).divide(possible, 0, RoundingMode.HALF_EVEN));
        }).toList();
    }
}
