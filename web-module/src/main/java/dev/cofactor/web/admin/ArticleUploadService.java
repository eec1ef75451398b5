package dev.cofactor.web.admin;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.content.article.ArticlePreview;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.content.article.StaleArticleException;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.quiz.EvidenceLinks;
import dev.cofactor.quiz.quiz.EvidenceLinks.FollowedDto;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An admin's upload of an article's new version: the preview (reads only), then the save, which
 * stores the article, moves what cites a renamed section to its new anchor and records
 * {@code article.uploaded} in one transaction, so a refused save changes nothing.
 */
@ApplicationScoped
@Transactional(REQUIRED)
public class ArticleUploadService {

    /** A saved upload: the version now stored (the same as before when the text was already stored). */
    public record Saved(String slug, String title, int version, boolean changed, ArticleUploadPlan plan,
            FollowedDto followed) {
    }

    private final ArticleService articles;
    private final EvidenceLinks links;
    private final AuditLog audit;
    private final Viewer viewer;

    ArticleUploadService(ArticleService articles, EvidenceLinks links, AuditLog audit, Viewer viewer) {
        this.articles = articles;
        this.links = links;
        this.audit = audit;
        this.viewer = viewer;
    }

    /**
     * What storing {@code markdown} as the article's next version would change; empty for an unknown
     * article. Writes nothing.
     *
     * @throws dev.cofactor.content.article.InvalidArticleException when the Markdown has no title or no section
     */
    @Transactional(SUPPORTS)
    public Optional<ArticleUploadPlan> preview(String slug, String markdown) {
        return articles.previewImport(slug, normalize(markdown)).map(preview -> plan(slug, preview));
    }

    /**
     * Stores {@code markdown} as the article's next version if the stored version is still the one
     * whose checksum is {@code expectedChecksum} (null: whichever is stored) and nothing cites a section
     * it removes. The Markdown is parsed once, for the plan and the store alike.
     *
     * @throws NotFoundException for an unknown article
     * @throws StaleArticleException when the stored version is not the expected one
     * @throws UploadRefusedException when questions or quizzes would lose their section or quote
     */
    public Saved save(String slug, String markdown, String expectedChecksum) {
        ArticlePreview preview = articles.previewImport(slug, normalize(markdown))
                .orElseThrow(() -> new NotFoundException("No article has the slug '" + slug + "'."));
        ArticleUploadPlan plan = plan(slug, preview);
        if (expectedChecksum != null && !expectedChecksum.equals(plan.changes().checksum())) {
            throw new StaleArticleException(slug, plan.changes().version());
        }
        if (plan.blocked()) {
            throw new UploadRefusedException(plan);
        }
        if (plan.changes().sameText()) {
            return new Saved(slug, plan.changes().title(), plan.changes().version(), false, plan, new FollowedDto(0, 0));
        }
        ArticleSummaryDto stored = articles.importUpload(slug, preview.upload(), plan.changes().checksum());
        FollowedDto followed;
        try {
            followed = links.followRenames(slug, ArticleUploadPlan.newAnchors(plan.changes()), viewer.getEmail());
        } catch (InvalidQuestionException invalid) {
            throw UploadRefusedException.movesRefused(plan, invalid);
        }
        audit.record("article.uploaded", "article " + slug, "version " + stored.version() + ": "
                + plan.changes().summary() + followedDetail(followed));
        return new Saved(slug, stored.title(), stored.version(), true, plan, followed);
    }

    private ArticleUploadPlan plan(String slug, ArticlePreview preview) {
        return ArticleUploadPlan.of(preview.changes(), preview.upload().sectionTexts(), links.listQuestions(slug),
                links.listQuizzes(slug));
    }

    /**
     * The text as stored: line breaks as {@code \n} (a browser sends a text box's as {@code \r\n}, which
     * would make the same text look changed) and no byte-order mark.
     */
    static String normalize(String markdown) {
        if (markdown == null) {
            return null;
        }
        return Forms.lines(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
    }

    private static String followedDetail(FollowedDto followed) {
        List<String> moved = new ArrayList<>();
        if (followed.questionVersions() > 0) {
            moved.add(plural(followed.questionVersions(), "question"));
        }
        if (followed.quizzes() > 0) {
            moved.add(plural(followed.quizzes(), "quiz"));
        }
        return moved.isEmpty() ? "" : "; " + String.join(" and ", moved) + " moved to renamed sections";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("z") ? "zes" : "s");
    }
}
