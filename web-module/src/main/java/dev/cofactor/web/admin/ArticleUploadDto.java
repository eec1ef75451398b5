package dev.cofactor.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.content.article.ArticleChangesDto;
import dev.cofactor.quiz.quiz.EvidenceLinks.FollowedDto;
import dev.cofactor.web.admin.ArticleUploadPlan.QuestionImpact;
import dev.cofactor.web.admin.ArticleUploadPlan.QuizImpact;
import java.util.List;
import java.util.Map;

/**
 * An upload's preview, or what a saved upload did. {@code questions} and {@code quizzes} list only what
 * the new version affects; {@code problems} says why it cannot be saved (empty when it can).
 * {@code version} and {@code followed} are set once it is saved; {@code changed} is false when the text
 * was already the stored one, so nothing was saved.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleUploadDto(ArticleChangesDto changes, List<QuestionImpact> questions, List<QuizImpact> quizzes,
        Map<String, String> problems, Integer version, Boolean changed, FollowedDto followed) {

    static ArticleUploadDto preview(ArticleUploadPlan plan) {
        return new ArticleUploadDto(plan.changes(), plan.questions(), plan.quizzes(), plan.problems(), null, null, null);
    }

    static ArticleUploadDto saved(ArticleUploadService.Saved saved) {
        ArticleUploadPlan plan = saved.plan();
        return new ArticleUploadDto(plan.changes(), plan.questions(), plan.quizzes(), plan.problems(), saved.version(),
                saved.changed(), saved.followed());
    }
}
