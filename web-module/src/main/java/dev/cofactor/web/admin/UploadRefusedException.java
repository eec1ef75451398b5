package dev.cofactor.web.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article's new version that cannot be stored as it stands: questions or quizzes cite sections it
 * removes, or quotes it no longer contains. Nothing was changed.
 */
public class UploadRefusedException extends RuntimeException {

    private final transient ArticleUploadPlan plan;
    private final Map<String, String> problems;

    public UploadRefusedException(ArticleUploadPlan plan, Map<String, String> problems) {
        super("This version cannot be saved: " + problems.size() + (problems.size() == 1 ? " question or quiz" : " questions or quizzes")
                + " would lose the section or quote they cite. Keep those sections, or change what cites them first.");
        this.plan = plan;
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public ArticleUploadPlan plan() {
        return plan;
    }

    /** One entry per question or quiz, in words. */
    public Map<String, String> problems() {
        return problems;
    }
}
