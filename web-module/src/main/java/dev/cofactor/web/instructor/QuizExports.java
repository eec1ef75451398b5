package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.GradeCellDto;
import dev.cofactor.quiz.attempt.StoredAnswer;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import dev.cofactor.web.StoredJson;
import dev.cofactor.web.account.Account;
import dev.cofactor.web.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A quiz's grades and responses as CSV (RFC 4180). A text cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuizExports {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ProgressService progress;
    private final AccountRepository accounts;
    private final EntityManager entityManager;

    QuizExports(ProgressService progress, AccountRepository accounts, EntityManager entityManager) {
        this.progress = progress;
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    /** One row per learner with a counted attempt: the grade by the quiz's grading method. */
    public void grades(long quizId, Learners learners, Appendable out) {
        List<GradeCellDto> cells = progress.gradebook(learners, null, null).stream()
                .filter(cell -> cell.quizId() == quizId).toList();
        Map<Long, Account> people = cells.isEmpty() ? Map.of()
                : accounts.<Account>list("id in ?1", cells.stream().map(GradeCellDto::learnerId).toList()).stream()
                        .collect(Collectors.toMap(account -> account.id, Function.identity()));
        print(out, printer -> {
            printer.printRecord("learnerId", "learner", "email", "gradePercent", "passed", "attempts", "gradingMethod",
                    "lastSubmitted");
            for (GradeCellDto cell : cells) {
                Account person = people.get(cell.learnerId());
                printer.printRecord(cell.learnerId(), text(person.displayName), text(person.email), cell.gradePercent(),
                        cell.passed(), cell.attempts(), cell.gradingMethod().name().toLowerCase(), cell.lastActivity());
            }
        });
    }

    /** One row per question per submitted (not practice) attempt, in the order the attempt showed them; unanswered scores 0. */
    public void responses(long quizId, Learners learners, Appendable out) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = entityManager.createNativeQuery("""
                select a.id, p.display_name, q.slug, v.version, cast(r.answer as text), coalesce(r.credit_numerator, 0),
                       coalesce(r.credit_denominator, 1), v.points
                from attempt a
                join account p on p.id = a.learner_id
                join attempt_question aq on aq.attempt_id = a.id
                join question_version v on v.id = aq.question_version_id
                join question q on q.id = v.question_id
                left join response r on r.attempt_id = a.id and r.question_version_id = v.id
                where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
                  and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
                order by a.id, aq.position""")
                .setParameter("quiz", quizId).setParameter("learners", learners.sqlArray()).getResultStream();
        print(out, printer -> {
            printer.printRecord("attemptId", "learner", "questionId", "version", "answer", "points", "maxPoints");
            try (rows) {
                for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                    Fraction credit = Fraction.of(((Number) row[5]).longValue(), ((Number) row[6]).longValue());
                    printer.printRecord(row[0], text((String) row[1]), row[2], row[3], text(answer((String) row[4])),
                            Decimals.points(Grade.of(credit, ((Number) row[7]).intValue()).points()).stripTrailingZeros()
                                    .toPlainString(), row[7]);
                }
            }
        });
    }

    /** An answer written out for a spreadsheet: choice ids, true/false, item=target pairs, an order, text or a number. */
    String answer(String stored) {
        if (stored == null) {
            return "";
        }
        try {
            StoredAnswer answer = StoredJson.MAPPER.readValue(stored, StoredAnswer.class); // as stored: no bound on numbers
            return answer.answer().map(given -> given.accept(CELL)).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Answer.Visitor<String> CELL = new Answer.Visitor<>() {
        @Override
        public String choice(String choiceId) {
            return choiceId;
        }

        @Override
        public String choices(Set<String> choiceIds) {
            return String.join(";", new TreeSet<>(choiceIds));
        }

        @Override
        public String truth(boolean value) {
            return Boolean.toString(value);
        }

        @Override
        public String pairs(Map<String, String> targetByItem) {
            return new TreeMap<>(targetByItem).entrySet().stream().map(pair -> pair.getKey() + "=" + pair.getValue())
                    .collect(Collectors.joining(";"));
        }

        @Override
        public String order(List<String> itemIds) {
            return String.join(">", itemIds);
        }

        @Override
        public String text(String text) {
            return text;
        }

        @Override
        public String number(BigDecimal value) {
            return value.toPlainString();
        }
    };

    /** A cell a spreadsheet must show as text, never run as a formula. */
    static String text(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void print(Appendable out, Rows rows) {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
