package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.GradeCellDto;
import dev.cofactor.quiz.attempt.ResponseExport;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
    private final ResponseExport responses;
    private final AccountService accounts;

    QuizExports(ProgressService progress, ResponseExport responses, AccountService accounts) {
        this.progress = progress;
        this.responses = responses;
        this.accounts = accounts;
    }

    /** One row per learner with a counted attempt: the grade by the quiz's grading method. */
    public void grades(long quizId, Learners learners, Appendable out) {
        List<GradeCellDto> cells = progress.gradebook(quizId, learners);
        Map<Long, AccountDto> people = accounts.accountsById(cells.stream().map(GradeCellDto::learnerId).toList());
        print(out, printer -> {
            printer.printRecord("learnerId", "learner", "email", "gradePercent", "passed", "attempts", "gradingMethod",
                    "lastSubmitted");
            for (GradeCellDto cell : cells) {
                AccountDto person = people.get(cell.learnerId());
                printer.printRecord(cell.learnerId(), text(person.displayName()), text(person.email()), cell.gradePercent(),
                        cell.passed(), cell.attempts(), cell.gradingMethod().name().toLowerCase(), cell.lastActivity());
            }
        });
    }

    /** One row per question per submitted (not practice) attempt, in the order the attempt showed them; unanswered scores 0. */
    public void responses(long quizId, Learners learners, Appendable out) {
        Map<Long, AccountDto> people = accounts.accountsById(responses.learners(quizId, learners));
        print(out, printer -> {
            printer.printRecord("attemptId", "learner", "questionId", "version", "answer", "points", "maxPoints");
            responses.forEach(quizId, learners, row -> printer.printRecord(row.attemptId(),
                    text(people.get(row.learnerId()).displayName()), row.questionId(), row.version(),
                    text(row.answer().map(answer -> answer.accept(CELL)).orElse("")),
                    Decimals.points(row.grade().points()).stripTrailingZeros().toPlainString(), row.grade().maxPoints()));
        });
    }

    /** An answer written out for a spreadsheet: choice ids, true/false, item=target pairs, an order, text or a number. */
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
