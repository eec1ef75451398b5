package dev.cofactor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.ArticleChangesDto;
import dev.cofactor.content.article.RenamedSectionDto;
import dev.cofactor.content.article.SectionLinkDto;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuestionLinkDto;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuizLinkDto;
import dev.cofactor.web.admin.ArticleUploadPlan.Effect;
import dev.cofactor.web.admin.ArticleUploadPlan.QuestionImpact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a new version does to the questions and quizzes citing its sections; pure, no database. */
class ArticleUploadPlanTest {

    private static final ArticleChangesDto CHANGES = new ArticleChangesDto("a", 3, "old", "new", "A", "A",
            List.of(new SectionLinkDto("fresh", "Fresh")),
            List.of(new SectionLinkDto("gone", "Gone")),
            List.of(new RenamedSectionDto("before", "Before", "after", "After", "100 % of the text shared"),
                    new RenamedSectionDto("punct", "Punct.", "punct", "Punct!", "same anchor, new title")),
            List.of(), 2);
    private static final Map<String, String> TEXTS = Map.of(
            "fresh", "Fresh text.", "after", "The moved   TEXT stays here.", "punct", "Punctuation.",
            "kept", "Kept text, edited.");

    private static QuestionLinkDto question(String id, String anchor, String quote) {
        return new QuestionLinkDto(id, 1, anchor, "Stem", quote);
    }

    @Test
    void eachCitingQuestionGetsTheEffectOfItsSection() {
        ArticleUploadPlan plan = ArticleUploadPlan.of(CHANGES, TEXTS, List.of(
                question("follows", "before", "moved text"),
                question("removed", "gone", null),
                question("lost", "kept", "original text"),
                question("untouched", "kept", "Kept text"),
                question("same-anchor", "punct", "Punctuation"),
                question("already", "nowhere", null)), List.of());
        assertThat(plan.questions()).extracting(QuestionImpact::questionId, QuestionImpact::newAnchor, QuestionImpact::effect)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("follows", "after", Effect.FOLLOWS),
                        org.assertj.core.groups.Tuple.tuple("removed", null, Effect.SECTION_REMOVED),
                        org.assertj.core.groups.Tuple.tuple("lost", "kept", Effect.QUOTE_LOST),
                        org.assertj.core.groups.Tuple.tuple("already", null, Effect.ALREADY_MISSING));
        assertThat(plan.blocked()).isTrue();
        assertThat(plan.problems()).containsOnlyKeys("question removed", "question lost");
        assertThat(plan.following()).extracting(QuestionImpact::questionId).containsExactly("follows");
    }

    @Test
    void aQuoteThatMovedWithItsRenamedSectionButIsGoneStillBlocks() {
        ArticleUploadPlan plan = ArticleUploadPlan.of(CHANGES, TEXTS, List.of(question("q", "before", "text that left")), List.of());
        assertThat(plan.questions()).singleElement().satisfies(q -> {
            assertThat(q.effect()).isEqualTo(Effect.QUOTE_LOST);
            assertThat(q.newAnchor()).isEqualTo("after");
        });
    }

    @Test
    void quizzesFollowARenameAndBlockARemoval() {
        ArticleUploadPlan plan = ArticleUploadPlan.of(CHANGES, TEXTS, List.of(), List.of(
                new QuizLinkDto("check-before", "Check", "before"),
                new QuizLinkDto("check-gone", "Check", "gone"),
                new QuizLinkDto("check-kept", "Check", "kept")));
        assertThat(plan.quizzes()).extracting(ArticleUploadPlan.QuizImpact::slug, ArticleUploadPlan.QuizImpact::effect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check-before", Effect.FOLLOWS),
                        org.assertj.core.groups.Tuple.tuple("check-gone", Effect.SECTION_REMOVED));
        assertThat(plan.problems()).containsOnlyKeys("quiz check-gone");
    }

    @Test
    void onlyRenamesThatChangeTheAnchorMoveAnything() {
        assertThat(ArticleUploadPlan.newAnchors(CHANGES)).containsExactly(Map.entry("before", "after"));
    }

    @Test
    void nothingCitingTheChangedSectionsMeansNothingBlocks() {
        ArticleUploadPlan plan = ArticleUploadPlan.of(CHANGES, TEXTS, List.of(question("q", "kept", "KEPT   text")), List.of());
        assertThat(plan.questions()).isEmpty();
        assertThat(plan.blocked()).isFalse();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void uploadedTextIsStoredWithUnixLineBreaksAndNoByteOrderMark() {
        assertThat(ArticleUploadService.normalize("\uFEFF# T\r\n\r\n## S\rx")).isEqualTo("# T\n\n## S\nx");
    }
}
