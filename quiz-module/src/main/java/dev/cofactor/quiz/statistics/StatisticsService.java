package dev.cofactor.quiz.statistics;

import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.SqlFiles;
import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.StatisticsSums;
import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.statistics.StatisticsDtos.BucketDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.ChoiceCountDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.FlagDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.QuestionStatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.StatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.TagMasteryDto;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item statistics of a quiz, Moodle's way: one SQL statement (statistics/quiz-statistics.sql)
 * reduces the attempts to counts in PostgreSQL, and {@link ItemAnalysis} turns them into the report.
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

    /** Facility index (%) at or above which a question is flagged as too easy. */
    public static final double TOO_EASY = 90;
    /** Facility index (%) below which a question is flagged as too hard. */
    public static final double TOO_HARD = 20;
    /** Discriminative efficiency (%) below which Moodle's report highlights a question. */
    public static final double WEAK_EFFICIENCY = 15;

    static final String SQL = SqlFiles.read("statistics/quiz-statistics.sql");
    static final String SUMS_SQL = SqlFiles.read("statistics/quiz-statistics-sums.sql");

    private final EntityManager entityManager;
    private final QuizRepository quizzes;
    private final QuestionVersionRepository versions;
    private final StatisticsSums sums;

    StatisticsService(EntityManager entityManager, QuizRepository quizzes, QuestionVersionRepository versions,
            StatisticsSums sums) {
        this.entityManager = entityManager;
        this.quizzes = quizzes;
        this.versions = versions;
        this.sums = sums;
    }

    /**
     * The report. Over every learner with all or first attempts it reads the quiz's statistics sums
     * (building them the first time, which is why the transaction may take long once); a cohort's
     * learners, or highest or last attempts, are counted from the responses by one SQL statement.
     */
    @TransactionConfiguration(timeout = 600)
    public StatisticsDto statistics(long quizId, AttemptSet attemptSet, Learners learners) {
        Quiz quiz = quizzes.findByIdOptional(quizId)
                .orElseThrow(() -> new Refusal.NotFound("There is no quiz with the id " + quizId + "."));
        return report(quiz, attemptSet, rows(quizId, attemptSet, learners));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(long quizId, AttemptSet attemptSet, Learners learners) {
        if (learners.isEveryone() && (attemptSet == AttemptSet.ALL || attemptSet == AttemptSet.FIRST)) {
            sums.ensureBuilt(quizId);
            return entityManager.createNativeQuery(SUMS_SQL)
                    .setParameter("quiz", quizId).setParameter("which", attemptSet.id()).getResultList();
        }
        return entityManager.createNativeQuery(SQL)
                .setParameter("quiz", quizId).setParameter("which", attemptSet.id())
                .setParameter("learners", learners.sqlArray()).getResultList();
    }

    private StatisticsDto report(Quiz quiz, AttemptSet attemptSet, List<Object[]> rows) {
        Object[] test = null;
        Map<Long, List<ItemAnalysis.Cell>> cells = new HashMap<>();
        Map<Long, Double> maxMarks = new HashMap<>();
        Map<Long, Map<String, Long>> picks = new HashMap<>();
        List<TagMasteryDto> mastery = new ArrayList<>();
        long[] buckets = new long[10];
        for (Object[] row : rows) {
            Long question = row[1] == null ? null : ((Number) row[1]).longValue();
            long n = ((Number) row[3]).longValue();
            switch ((String) row[0]) {
                case "test" -> test = row;
                case "cell" -> {
                    cells.computeIfAbsent(question, id -> new ArrayList<>())
                            .add(new ItemAnalysis.Cell(number(row[4]), number(row[5]), n));
                    maxMarks.merge(question, number(row[6]), Math::max);
                }
                case "choice" -> picks.computeIfAbsent(question, id -> new LinkedHashMap<>()).put((String) row[2], n);
                case "tag" -> mastery.add(new TagMasteryDto((String) row[2], round(number(row[4])), round(number(row[5])),
                        round(100 * number(row[4]) / number(row[5]))));
                case "bucket" -> buckets[(int) number(row[4])] = n;
                default -> throw new IllegalStateException("Unknown statistics row " + row[0]);
            }
        }
        List<Question> order = new ArrayList<>(quiz.questions);
        cells.keySet().stream().filter(id -> order.stream().noneMatch(question -> question.id.equals(id)))
                .sorted().forEach(id -> order.add(entityManager.find(Question.class, id)));
        Map<String, QuestionVersion> current = versions.findCurrent(order.stream().map(question -> question.slug).toList());
        List<QuestionStatisticsDto> questions = new ArrayList<>();
        double sumOfItemVariances = 0;
        for (Question question : order) {
            if (!cells.containsKey(question.id)) {
                continue;
            }
            ItemAnalysis.Item analysis = ItemAnalysis.item(cells.get(question.id), maxMarks.get(question.id));
            sumOfItemVariances += analysis.markVariance();
            QuestionSpec spec = current.get(question.slug).spec;
            questions.add(new QuestionStatisticsDto(questions.size() + 1, question.slug, spec.stem(), analysis.attempts(),
                    round(analysis.facilityIndex()), round(analysis.standardDeviation()),
                    round(analysis.discriminationIndex()), round(analysis.discriminativeEfficiency()),
                    choices(spec, picks.getOrDefault(question.id, Map.of())), flags(analysis)));
        }
        long n = test == null ? 0 : ((Number) test[3]).longValue();
        ItemAnalysis.Test analysis = n == 0 ? ItemAnalysis.test(0, 0, 0, 0, 0, 0, 0, 0, 0)
                : ItemAnalysis.test(n, number(test[4]), number(test[5]), number(test[6]), number(test[7]),
                        number(test[8]), number(test[9]), questions.size(), sumOfItemVariances);
        List<BucketDto> distribution = new ArrayList<>();
        for (int bucket = 0; bucket < buckets.length; bucket++) {
            distribution.add(new BucketDto(bucket * 10, bucket * 10 + 10, buckets[bucket]));
        }
        return new StatisticsDto(quiz.id, quiz.title, attemptSet, analysis.attempts(), round(analysis.mean()),
                round(analysis.median()), round(analysis.standardDeviation()), round4(analysis.skewness()),
                round4(analysis.kurtosis()), round(analysis.cronbachAlpha()), round(analysis.errorRatio()),
                round(analysis.standardError()), questions, mastery, distribution);
    }

    /** Every choice of the question's current version, with how often it was picked, then any picked choice it no longer has. */
    private static List<ChoiceCountDto> choices(QuestionSpec spec, Map<String, Long> picks) {
        Map<String, String> known = spec.body().pickable();
        Set<String> right = known.isEmpty() ? Set.of() : rightIds(spec.body().key().rightAnswer());
        List<ChoiceCountDto> choices = new ArrayList<>();
        known.forEach((id, text) -> choices.add(new ChoiceCountDto(id, text, picks.getOrDefault(id, 0L), right.contains(id))));
        picks.forEach((id, count) -> {
            if (!known.containsKey(id)) {
                choices.add(new ChoiceCountDto(id, null, count, false));
            }
        });
        return choices;
    }

    /** The picks a key counts right, by the ids {@link dev.cofactor.quiz.question.QuestionBody#pickable} uses. */
    private static Set<String> rightIds(Answer right) {
        if (right instanceof Answer.Choice choice) {
            return Set.of(choice.choiceId());
        }
        if (right instanceof Answer.Choices choices) {
            return choices.choiceIds();
        }
        return right instanceof Answer.Truth truth ? Set.of(String.valueOf(truth.value())) : Set.of();
    }

    static List<FlagDto> flags(ItemAnalysis.Item item) {
        List<FlagDto> flags = new ArrayList<>();
        Double facility = item.facilityIndex();
        if (facility != null && facility >= TOO_EASY) {
            flags.add(new FlagDto("too_easy", "Too easy: learners earned " + whole(facility)
                    + " % of its marks (" + whole(TOO_EASY) + " % or more)."));
        }
        if (facility != null && facility < TOO_HARD) {
            flags.add(new FlagDto("too_hard", "Too hard: learners earned " + whole(facility)
                    + " % of its marks (under " + whole(TOO_HARD) + " %)."));
        }
        Double discrimination = item.discriminationIndex();
        if (discrimination != null && discrimination < 0) {
            flags.add(new FlagDto("negative_discrimination", "Discriminates negatively (index " + whole(discrimination)
                    + " %): learners who did well on the rest of the quiz did worse on this question. Check its key."));
        } else if (item.discriminativeEfficiency() != null && item.discriminativeEfficiency() < WEAK_EFFICIENCY) {
            flags.add(new FlagDto("weak_discrimination", "Barely tells strong from weak learners: discriminative efficiency "
                    + whole(item.discriminativeEfficiency()) + " % (under " + whole(WEAK_EFFICIENCY) + " %)."));
        }
        return flags;
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Double round(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 100) / 100.0;
    }

    private static Double round4(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 10000) / 10000.0;
    }
}
