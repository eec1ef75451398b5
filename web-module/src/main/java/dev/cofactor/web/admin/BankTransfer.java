package dev.cofactor.web.admin;

import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.gift.Exportable;
import dev.cofactor.quiz.gift.GiftDocument;
import dev.cofactor.quiz.gift.GiftParser;
import dev.cofactor.quiz.gift.GiftWriter;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.CurrentDto;
import dev.cofactor.quiz.question.QuestionBankService.Filter;
import dev.cofactor.quiz.question.QuestionService;
import dev.cofactor.quiz.question.QuestionService.Authored;
import dev.cofactor.quiz.question.QuestionService.Change;
import dev.cofactor.quiz.question.QuestionService.ImportCounts;
import dev.cofactor.quiz.question.QuestionService.Planned;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Moves the question bank in and out: GIFT (Moodle's text format) and Cofactor's own JSON, which also
 * carries quizzes and ordering questions. An import is planned first (what each question would become,
 * and every problem with its line); it writes all or nothing, and only when nothing is wrong.
 */
@ApplicationScoped
public class BankTransfer {

    /** A question an import would create or change; {@code line} is its line in GIFT, its position in JSON. */
    public record ImportedQuestion(int line, String name, String type, String id, String outcome, boolean draft) {
    }

    public record LineProblem(int line, String message) {
    }

    public record LineSkipped(int line, String reason) {
    }

    /** What an import found and, unless it was a dry run or refused, did. */
    public record ImportReport(boolean dryRun, boolean saved, List<ImportedQuestion> questions, List<LineProblem> errors,
            List<LineSkipped> skipped, List<String> quizzes, ImportCounts counts) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** One article's questions and quizzes, the shape of the seed files ({@code quizzes/<article>.json}). */
    public record ArticleBank(String article, List<QuestionSpec> questions, List<QuizSpec> quizzes) {
    }

    /** The whole bank as JSON: questions by article (drafts under a null article), quizzes, and which are retired. */
    public record BankExport(String format, Instant exportedAt, List<ArticleBank> articles, List<String> retired) {
        static final String FORMAT = "cofactor-bank/1";
    }

    private final QuestionService questions;
    private final QuestionBankService bank;
    private final QuizService quizzes;
    private final AuditLog audit;
    private final Viewer viewer;

    private final Clock clock;

    BankTransfer(QuestionService questions, QuestionBankService bank, QuizService quizzes, AuditLog audit, Viewer viewer, Clock clock) {
        this.clock = clock;
        this.questions = questions;
        this.bank = bank;
        this.quizzes = quizzes;
        this.audit = audit;
        this.viewer = viewer;
    }

    /** Imports GIFT text; a dry run (or any problem) writes nothing. */
    @Transactional
    public ImportReport importGift(String text, boolean dryRun) {
        GiftDocument document = GiftParser.parse(text == null ? "" : text);
        List<Integer> lines = document.questions().stream().map(GiftDocument.Imported::line).toList();
        List<Authored> authored = document.questions().stream()
                .map(question -> new Authored(question.articleSlug(), question.spec())).toList();
        List<String> names = document.questions().stream().map(GiftDocument.Imported::name).toList();
        List<LineProblem> errors = new ArrayList<>(document.errors().stream()
                .map(problem -> new LineProblem(problem.line(), problem.message())).toList());
        List<LineSkipped> skipped = document.skipped().stream()
                .map(skip -> new LineSkipped(skip.line(), skip.reason())).toList();
        return apply("GIFT", authored, lines, names, errors, skipped, List.of(), () -> { }, dryRun);
    }

    /**
     * Imports a JSON export (or a seed file's shape): the questions, then the quizzes, then marks the
     * questions the export lists as retired. A dry run does it all and rolls back, so that it finds
     * every problem the real import would.
     */
    @Transactional
    public ImportReport importJson(BankExport export, boolean dryRun) {
        List<Authored> authored = new ArrayList<>();
        List<LineProblem> errors = new ArrayList<>();
        List<ArticleBank> articles = export == null || export.articles() == null ? List.of() : export.articles();
        for (ArticleBank article : articles) {
            if (article == null || article.questions() == null || article.questions().contains(null)) {
                errors.add(new LineProblem(0, "Each entry of \"articles\" needs \"article\" and a list of \"questions\"."));
                continue;
            }
            article.questions().forEach(spec -> authored.add(new Authored(article.article(), spec)));
        }
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i <= authored.size(); i++) {
            lines.add(i);
        }
        List<String> names = authored.stream().map(question -> question.spec().id()).toList();
        if (authored.isEmpty() && errors.isEmpty()) {
            errors.add(new LineProblem(0, "The file holds no questions: expected {\"articles\": [{\"article\": …, \"questions\": […]}]}."));
        }
        List<ArticleBank> withQuizzes = articles.stream().filter(article -> article != null && article.quizzes() != null).toList();
        List<String> quizSlugs = withQuizzes.stream().flatMap(article -> article.quizzes().stream())
                .map(quiz -> quiz == null ? "(empty)" : quiz.slug()).toList();
        List<String> retired = export == null || export.retired() == null ? List.of() : export.retired();
        return apply("JSON", authored, lines, names, errors, List.of(), quizSlugs, () -> {
            for (ArticleBank article : withQuizzes) {
                for (QuizSpec quiz : article.quizzes()) {
                    if (quiz == null || article.article() == null) {
                        throw new InvalidQuestionException(List.of("A quiz entry is empty or names no article."));
                    }
                    try {
                        quizzes.edit(article.article(), quiz);
                    } catch (InvalidQuestionException refused) {
                        throw new InvalidQuestionException(List.of("quiz " + quiz.slug() + ": " + refused.getMessage()));
                    }
                }
            }
            names.stream().filter(retired::contains).forEach(questions::retire);
        }, dryRun);
    }

    /**
     * Plans the import; when nothing is wrong, stores the questions, then runs {@code then} (quizzes,
     * retirements). A refusal anywhere, or a dry run, rolls the whole transaction back.
     */
    private ImportReport apply(String format, List<Authored> authored, List<Integer> lines, List<String> names,
            List<LineProblem> errors, List<LineSkipped> skipped, List<String> quizSlugs, Runnable then, boolean dryRun) {
        List<Planned> planned = questions.planImport(authored);
        List<ImportedQuestion> listed = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned plan = planned.get(i);
            int line = lines.get(i);
            plan.problems().values().stream().map(problem -> new LineProblem(line, problem))
                    .filter(problem -> !errors.contains(problem)) // the parser may have said it already
                    .forEach(errors::add);
            QuestionSpec spec = plan.question().spec();
            listed.add(new ImportedQuestion(line, names.get(i), spec.type() == null ? null : spec.type().name()
                    .toLowerCase(Locale.ROOT), spec.id(), plan.outcome().name().toLowerCase(Locale.ROOT),
                    spec.evidence() == null));
        }
        if (errors.isEmpty() && !authored.isEmpty()) {
            ImportCounts counts = questions.importAll(authored, new Change("imported from " + format, viewer.getEmail()));
            try {
                then.run();
            } catch (InvalidQuestionException | Refusal | ClientErrorException refused) {
                errors.add(new LineProblem(0, refused.getMessage()));
            }
            if (errors.isEmpty() && !dryRun) {
                audit.record("questions.imported", format, counts.created() + " created, " + counts.changed() + " changed, "
                        + counts.unchanged() + " unchanged" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped")
                        + (quizSlugs.isEmpty() ? "" : "; quizzes " + String.join(", ", quizSlugs)));
                return new ImportReport(false, true, listed, errors, skipped, quizSlugs, counts);
            }
            QuarkusTransaction.setRollbackOnly();
        }
        errors.sort(Comparator.comparingInt(LineProblem::line));
        return new ImportReport(dryRun, false, listed, errors, skipped, quizSlugs, null);
    }

    /** The bank as GIFT; ordering questions (no GIFT form) are named in a comment at the top. Retired ones are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportGift() {
        return GiftWriter.write(bank.listCurrent(Filter.ALL).stream()
                .filter(question -> question.row().status() != QuestionBankService.Status.RETIRED)
                .map(question -> new Exportable(question.row().articleSlug(), question.spec())).toList()).text();
    }

    /** The whole bank as JSON, retired questions included (and named). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BankExport exportJson() {
        Map<String, List<QuestionSpec>> byArticle = new LinkedHashMap<>();
        List<String> retired = new ArrayList<>();
        for (CurrentDto question : bank.listCurrent(Filter.ALL)) {
            byArticle.computeIfAbsent(question.row().articleSlug(), article -> new ArrayList<>()).add(question.spec());
            if (question.row().status() == QuestionBankService.Status.RETIRED) {
                retired.add(question.row().id());
            }
        }
        Map<String, List<QuizSpec>> quizSpecs = quizzes.listSpecsByArticle();
        List<ArticleBank> articles = byArticle.entrySet().stream().map(entry -> new ArticleBank(entry.getKey(), entry.getValue(),
                quizSpecs.getOrDefault(entry.getKey(), List.of()))).toList();
        return new BankExport(BankExport.FORMAT, clock.instant(), articles, retired);
    }
}
