package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.GradeCellDto;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.web.Dates;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.Account;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountRepository;
import dev.cofactor.web.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Learners by quizzes: the grade by each quiz's grading method, attempts and last activity. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GradebookService {

    /** One learner's line: grades by quiz id. */
    public record Row(long learnerId, String displayName, String email, Map<Long, GradeCellDto> grades,
            Instant lastActivity) {

        public GradeCellDto grade(long quizId) {
            return grades.get(quizId);
        }
    }

    /** The filter as given, for the form to show again. */
    public record Filter(Long cohort, String from, String to, String sort) {

        /** The gradebook's address with this filter, sorted another way. */
        public String sortedBy(String order) {
            return "/instructor/gradebook?cohort=" + (cohort == null ? "" : cohort) + "&from=" + query(from)
                    + "&to=" + query(to) + "&sort=" + query(order);
        }

        private static String query(String value) {
            return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    public record Gradebook(Filter filter, List<QuizDto> quizzes, List<Row> rows) {

        /** The mean of a quiz's grades over the learners shown who have one, cut to 2 decimals; null when none has. */
        public BigDecimal average(long quizId) {
            List<BigDecimal> grades = rows.stream().map(row -> row.grade(quizId)).filter(Objects::nonNull)
                    .map(GradeCellDto::gradePercent).filter(Objects::nonNull).toList();
            return grades.isEmpty() ? null : grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(grades.size()), 2, RoundingMode.DOWN);
        }

        /** Whether the filter narrows the learners (a cohort or dates), so that an empty gradebook says so. */
        public boolean isFiltered() {
            return filter.cohort() != null || filter.from() != null && !filter.from().isBlank()
                    || filter.to() != null && !filter.to().isBlank();
        }
    }

    private final CohortService cohorts;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final AccountRepository accounts;

    GradebookService(CohortService cohorts, ProgressService progress, QuizService quizzes, AccountRepository accounts) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.quizzes = quizzes;
        this.accounts = accounts;
    }

    /**
     * @param sort "name" (the default), "activity" (latest first) or a quiz slug (best grade first)
     * @param from first day counted (yyyy-mm-dd, UTC), or blank; {@code to} the last day, likewise
     */
    public Gradebook gradebook(AccountDto viewer, Filter filter) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant from = Dates.startOfDay(filter.from(), "from", problems);
        Instant to = Dates.startOfDay(filter.to(), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "The last day comes before the first.");
        }
        List<QuizDto> all = quizzes.listQuizzes();
        String sort = filter.sort() == null || filter.sort().isBlank() ? "name" : filter.sort();
        if (!sort.equals("name") && !sort.equals("activity") && all.stream().noneMatch(quiz -> quiz.slug().equals(sort))) {
            problems.put("sort", "Sort by name, by last activity or by a quiz.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Learners learners = cohorts.scope(viewer, Optional.ofNullable(filter.cohort()));
        List<Account> people = learners.isEveryone() ? accounts.list("role = ?1 order by displayName", Role.LEARNER)
                : learners.ids().isEmpty() ? List.of() : accounts.list("id in ?1 order by displayName", learners.ids());
        Map<Long, Map<Long, GradeCellDto>> grades = new HashMap<>();
        for (GradeCellDto cell : progress.gradebook(learners, from, to == null ? null : to.plusSeconds(86_400))) {
            grades.computeIfAbsent(cell.learnerId(), id -> new HashMap<>()).put(cell.quizId(), cell);
        }
        Comparator<Row> order = switch (sort) {
            case "name" -> Comparator.comparing(row -> row.displayName().toLowerCase());
            case "activity" -> Comparator.comparing(Row::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()));
            default -> {
                long quizId = all.stream().filter(quiz -> quiz.slug().equals(sort)).findFirst().orElseThrow().id();
                yield Comparator.comparing((Row row) -> row.grade(quizId) == null ? null : row.grade(quizId).gradePercent(),
                        Comparator.nullsLast(Comparator.reverseOrder()));
            }
        };
        List<Row> rows = people.stream().map(person -> {
            Map<Long, GradeCellDto> mine = grades.getOrDefault(person.id, Map.of());
            Instant last = mine.values().stream().map(GradeCellDto::lastActivity).max(Comparator.naturalOrder()).orElse(null);
            return new Row(person.id, person.displayName, person.email, mine, last);
        }).sorted(order.thenComparing(Row::displayName)).toList();
        return new Gradebook(new Filter(filter.cohort(), filter.from(), filter.to(), sort), all, rows);
    }
}
