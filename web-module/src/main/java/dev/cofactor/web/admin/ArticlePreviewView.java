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

    public int breakingCount() {
        return plan.breaking().size() + plan.breakingQuizzes().size();
    }

    public int followingCount() {
        return plan.following().size() + plan.followingQuizzes().size();
    }

    /** "2 questions and 1 quiz would lose the section or quote they cite." */
    public String blockedSummary() {
        long questions = plan.questions().stream().filter(q -> q.effect().blocks()).count();
        long quizzes = plan.quizzes().stream().filter(q -> q.effect().blocks()).count();
        String who = questions > 0 && quizzes > 0
                ? count(questions, "question", "questions") + " and " + count(quizzes, "quiz", "quizzes")
                : questions > 0 ? count(questions, "question", "questions") : count(quizzes, "quiz", "quizzes");
        return who + (questions + quizzes == 1 ? " would lose the section or quote it cites." : " would lose the section or quote they cite.");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The problems to list: those of a refused save, else those the preview found. */
    public List<String> problemList() {
        return List.copyOf((problems.isEmpty() ? plan.problems() : problems).values());
    }
}
