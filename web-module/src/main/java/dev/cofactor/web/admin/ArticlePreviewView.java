package dev.cofactor.web.admin;

import java.util.List;
import java.util.Map;

/**
 * The preview page: the plan, the Markdown and checksum the confirm form sends back, and, when a save
 * was refused, why ({@code error} and {@code problems}).
 */
public record ArticlePreviewView(String slug, ArticleUploadPlan plan, String markdown, String error,
        Map<String, String> problems) {

    static ArticlePreviewView of(String slug, ArticleUploadPlan plan, String markdown) {
        return new ArticlePreviewView(slug, plan, markdown, null, Map.of());
    }

    static ArticlePreviewView refused(String slug, ArticleUploadPlan plan, String markdown, String error,
            Map<String, String> problems) {
        return new ArticlePreviewView(slug, plan, markdown, error, problems);
    }

    public int nextVersion() {
        return plan.changes().version() + 1;
    }

    public boolean titleChanged() {
        return !plan.changes().title().equals(plan.changes().newTitle());
    }

    /** Something can be saved: the text differs and nothing stops it. */
    public boolean canSave() {
        return !plan.blocked() && !plan.changes().sameText();
    }

    public int breakingCount() {
        return plan.breaking().size() + plan.breakingQuizzes().size();
    }

    public int followingCount() {
        return plan.following().size() + plan.followingQuizzes().size();
    }

    /** The problems to list: those of a refused save, else those the preview found. */
    public List<String> problemList() {
        return List.copyOf((problems.isEmpty() ? plan.problems() : problems).values());
    }
}
