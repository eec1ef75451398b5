package dev.cofactor.web.admin;

import dev.cofactor.quiz.question.InvalidQuestionException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's new version that cannot be stored as it stands: questions or quizzes cite sections it
 * removes, or quotes it no longer contains. Nothing was changed. {@code problems} has one entry per
 * question or quiz, keyed as {@link ArticleUploadPlan#problems()} keys them.
 */
public class UploadRefusedException extends RuntimeException {

    private final transient ArticleUploadPlan plan;
    private final Map<String, String> problems;

    /** The plan blocks the save; it says why. */
    UploadRefusedException(ArticleUploadPlan plan) {
        this(plan, plan.problems());
    }

    private UploadRefusedException(ArticleUploadPlan plan, Map<String, String> problems) {
        super("This version cannot be saved: " + problems.size() + (problems.size() == 1 ? " question or quiz" : " questions or quizzes")
                + " would lose the section or quote they cite. Keep those sections, or change what cites them first.");
        this.plan = plan;
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /**
     * The question bank refused to move questions to their renamed sections, for a reason the plan did
     * not foresee (a question's own rules, or one that cited the section meanwhile). Its refusal lists its
     * problems, each naming its question, but not by question: they are kept in order, as
     * {@code questions[0]}, {@code questions[1]}…, in its own words.
     */
    static UploadRefusedException movesRefused(ArticleUploadPlan plan, InvalidQuestionException refused) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> listed = refused.problems();
        for (int i = 0; i < listed.size(); i++) {
            problems.put("questions[" + i + "]", listed.get(i));
        }
        return new UploadRefusedException(plan, problems);
    }

    public ArticleUploadPlan plan() {
        return plan;
    }

    /** One entry per question or quiz, in words. */
    public Map<String, String> problems() {
        return problems;
    }
}
