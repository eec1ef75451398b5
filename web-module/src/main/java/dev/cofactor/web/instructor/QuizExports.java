package dev.cofactor.web.instructor;

import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.ProgressService;
import dev.cofactor.quiz.attempt.ProgressService.GradeCellDto;
import dev.cofactor.quiz.attempt.ResponseExport;
import dev.cofactor.quiz.question.AnswerKeys;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.StemRenderer;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Decimals;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.Jsoup;

/**
 * A quiz's grades and responses as CSV (RFC 4180), times to the second in UTC. A text cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed
 * with an apostrophe. {@code cohorts} names each learner's cohorts for a column of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuizExports {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ProgressService progress;
    private final ResponseExport responses;
    private final AccountService accounts;
    private final AnswerKeys keys;
    private final StemRenderer renderer;

    QuizExports(ProgressService progress, ResponseExport responses, AccountService accounts, AnswerKeys keys,
            StemRenderer renderer) {
        this.progress = progress;
        this.responses = responses;
        this.accounts = accounts;
        this.keys = keys;
        this.renderer = renderer;
    }

    /** One row per learner with a counted attempt: the grade by the quiz's grading method. */
    public void grades(long quizId, Learners learners, Map<Long, String> cohorts, Appendable out) {
        List<GradeCellDto> cells = progress.gradebook(quizId, learners);
        Map<Long, AccountDto> people = accounts.accountsById(cells.stream().map(GradeCellDto::learnerId).toList());
        print(out, printer -> {
            printer.printRecord("learnerId", "learner", "email", "cohorts", "gradePercent", "passed", "attempts",
                    "gradingMethod", "lastSubmitted");
            for (GradeCellDto cell : cells) {
                AccountDto person = people.get(cell.learnerId());
                printer.printRecord(cell.learnerId(), text(person.displayName()), text(person.email()),
                        text(cohorts.getOrDefault(cell.learnerId(), "")), cell.gradePercent(), cell.passed(), cell.attempts(),
                        cell.gradingMethod().name().toLowerCase(Locale.ROOT), seconds(cell.lastActivity()));
            }
        });
    }

    /**
     * One row per question per submitted (not practice) attempt, in the order the attempt showed them; unanswered
     * scores 0. The answer twice: by the question's ids (for programs) and as the text the learner saw.
     */
    public void responses(long quizId, Learners learners, Map<Long, String> cohorts, Appendable out) {
        Map<Long, AccountDto> people = accounts.accountsById(responses.learners(quizId, learners));
        print(out, printer -> {
            printer.printRecord("attemptId", "learner", "cohorts", "questionId", "version", "answer", "answerText",
                    "points", "maxPoints");
            responses.forEach(quizId, learners, row -> printer.printRecord(row.attemptId(),
                    text(people.get(row.learnerId()).displayName()), text(cohorts.getOrDefault(row.learnerId(), "")),
                    row.questionId(), row.version(), text(row.answer().map(answer -> answer.accept(CELL)).orElse("")),
                    text(row.answer().map(answer -> answer.accept(written(keys.spec(row.questionVersionId())))).orElse("")),
                    Decimals.points(row.grade().points()).stripTrailingZeros().toPlainString(), row.grade().maxPoints()));
        });
    }

    /** An instant to the second, as a spreadsheet reads it: 2026-12-02T01:00:49Z. */
    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** An answer as the learner saw it, in the question version's words: "Glutamate; Glycine", "Binds → Opens". */
    private Answer.Visitor<String> written(QuestionSpec spec) {
        return new Answer.Visitor<>() {
            @Override
            public String choice(String choiceId) {
                return textOf(spec.choices(), choiceId);
            }

            @Override
            public String choices(Set<String> choiceIds) {
                return spec.choices().stream().filter(choice -> choiceIds.contains(choice.id()))
                        .map(choice -> plain(choice.text())).collect(Collectors.joining("; "));
            }

            @Override
            public String truth(boolean value) {
                return value ? "True" : "False";
            }

            @Override
            public String pairs(Map<String, String> targetByItem) {
                return spec.items().stream().filter(item -> targetByItem.containsKey(item.id()))
                        .map(item -> plain(item.text()) + " → " + textOf(spec.targets(), targetByItem.get(item.id())))
                        .collect(Collectors.joining("; "));
            }

            @Override
            public String order(List<String> itemIds) {
                return itemIds.stream().map(id -> textOf(spec.items(), id)).collect(Collectors.joining(" → "));
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
    }

    private String textOf(List<Option> options, String id) {
        return options.stream().filter(option -> option.id().equals(id)).map(option -> plain(option.text())).findFirst()
                .orElse(id);
    }

    /** An option's Markdown as the plain text a learner read. */
    private String plain(String markdown) {
        return Jsoup.parse(renderer.inlineHtml(markdown)).text();
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
