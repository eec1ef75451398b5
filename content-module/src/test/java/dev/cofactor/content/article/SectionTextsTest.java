package dev.cofactor.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.SectionTexts.Part;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule for a section's plain text, against which quotes are checked; pure, no database. */
class SectionTextsTest {

    private static final String ARTICLE = """
            # Magnesium

            What this is about.

            ## How It Calms

            Magnesium blocks **NMDA** receptors.

            ### Boosting GABA

            GABA is the brain's main [inhibitory](https://example.org) neurotransmitter.

            ### Glycine Too

            Glycine opens chloride channels.

            ## What To Do

            Take it in the morning.
            """;

    private static List<Part> parts(String markdown) {
        return ArticleMarkdown.parse(markdown, "fallback").sections().stream()
                .map(s -> new Part(s.anchor(), s.level(), s.html())).toList();
    }

    private static final Map<String, String> TEXTS = SectionTexts.byAnchor(parts(ARTICLE));

    @Test
    void aMainSectionTakesInItsSubsectionsInReadingOrder() {
        assertThat(TEXTS.get("how-it-calms")).isEqualTo("Magnesium blocks NMDA receptors."
                + " GABA is the brain's main inhibitory neurotransmitter. Glycine opens chloride channels.");
    }

    @Test
    void aSubsectionAndALastMainSectionHaveOnlyTheirOwnText() {
        assertThat(TEXTS.get("boosting-gaba")).isEqualTo("GABA is the brain's main inhibitory neurotransmitter.");
        assertThat(TEXTS.get("glycine-too")).isEqualTo("Glycine opens chloride channels.");
        assertThat(TEXTS.get("what-to-do")).isEqualTo("Take it in the morning.");
        assertThat(TEXTS.get("introduction")).isEqualTo("What this is about.");
    }

    @Test
    void everySectionIsListedInReadingOrder() {
        assertThat(TEXTS).containsOnlyKeys("introduction", "how-it-calms", "boosting-gaba", "glycine-too", "what-to-do");
        assertThat(List.copyOf(TEXTS.keySet())).containsExactly("introduction", "how-it-calms", "boosting-gaba",
                "glycine-too", "what-to-do");
    }

    @Test
    void subsectionsRightAfterTheIntroductionBelongToIt() {
        Map<String, String> texts = SectionTexts.byAnchor(parts("# T\n\nOpening.\n\n### Early Detail\n\nDetail.\n"));
        assertThat(texts).containsEntry("introduction", "Opening. Detail.").containsEntry("early-detail", "Detail.");
    }

    @Test
    void aSubsectionWithNoMainSectionBeforeItStandsAlone() {
        Map<String, String> texts = SectionTexts.byAnchor(parts("# T\n\n### Orphan\n\nAlone.\n\n## Main\n\nMain text.\n"));
        assertThat(texts).containsExactly(Map.entry("orphan", "Alone."), Map.entry("main", "Main text."));
    }

    @Test
    void oneSectionReadFromTheRestOfTheArticleHasTheTextItHasInTheWhole() {
        List<Part> all = parts(ARTICLE);
        for (int i = 0; i < all.size(); i++) {
            String anchor = all.get(i).anchor();
            assertThat(SectionTexts.of(all, anchor)).as(anchor).contains(TEXTS.get(anchor));
            assertThat(SectionTexts.of(all.subList(i, all.size()), anchor)).as(anchor).contains(TEXTS.get(anchor));
        }
    }

    @Test
    void anUnknownAnchorHasNoText() {
        assertThat(SectionTexts.of(parts(ARTICLE), "nowhere")).isEmpty();
        assertThat(SectionTexts.of(List.of(), "how-it-calms")).isEmpty();
    }
}
