package dev.cofactor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.ArticleChangesDto;
import dev.cofactor.content.article.SectionLinkDto;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuestionLinkDto;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuizLinkDto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refused upload carries its problems as they were raised, never read back out of messages; pure, no database. */
class UploadRefusedExceptionTest {

    private static final ArticleChangesDto CHANGES = new ArticleChangesDto("a", 3, "old", "new", "A", "A",
            List.of(), List.of(new SectionLinkDto("gone", "Gone")), List.of(), List.of(), 1);

    private static final ArticleUploadPlan BLOCKED = ArticleUploadPlan.of(CHANGES, Map.of("kept", "Kept."),
            List.of(new QuestionLinkDto("q-1", 1, "gone", "Stem", null)), List.of(new QuizLinkDto("check", "Check", "gone")));

    @Test
    void aBlockedPlanIsRefusedWithItsOwnProblems() {
        UploadRefusedException refused = new UploadRefusedException(BLOCKED);
        assertThat(refused.problems()).isEqualTo(BLOCKED.problems()).containsOnlyKeys("question q-1", "quiz check");
        assertThat(refused.getMessage()).startsWith("This version cannot be saved: 2 questions or quizzes would lose");
        assertThat(refused.plan()).isSameAs(BLOCKED);
    }

    @Test
    void theBanksRefusalToMoveQuestionsKeepsEachProblemInItsOwnWordsAndOrder() {
        InvalidQuestionException bank = new InvalidQuestionException(List.of(
                "q-1: The stem is empty.", "q-1: The quote is not in the section 'after'.", "q-2: Give one choice."));
        UploadRefusedException refused = UploadRefusedException.movesRefused(BLOCKED, bank);
        assertThat(refused.problems()).containsExactly(
                Map.entry("questions[0]", "q-1: The stem is empty."),
                Map.entry("questions[1]", "q-1: The quote is not in the section 'after'."),
                Map.entry("questions[2]", "q-2: Give one choice."));
    }
}
