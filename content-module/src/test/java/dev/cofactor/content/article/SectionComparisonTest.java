package dev.cofactor.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.ArticleMarkdown.ParsedArticle;
import dev.cofactor.content.article.SectionComparison.Side;
import dev.cofactor.content.article.SectionComparison.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SectionComparisonTest {

    private static final String STORED = """
            # Magnesium

            What this is about.

            ## How It Calms

            Magnesium blocks NMDA receptors and boosts GABA, which calms the nervous system down.

            ### Boosting GABA

            GABA is the brain's main inhibitory neurotransmitter and magnesium makes its receptors more sensitive.

            ## Glycine's Two Faces

            ### The Brake Pedal

            In the spinal cord glycine opens chloride channels and quiets neurons.

            ## What To Do

            Take it in the morning, or switch to magnesium citrate.
            """;

    private static ArticleChangesDto compare(String before, String after) {
        return SectionComparison.compare("magnesium", 4, text("before", before), text("after", after));
    }

    private static Text text(String checksum, String markdown) {
        ParsedArticle parsed = ArticleMarkdown.parse(markdown, null);
        return new Text(checksum, parsed.title(), parsed.sections().stream()
                .map(s -> new Side(s.anchor(), s.title(), s.level(), s.html())).toList());
    }

    @Test
    void theSameTextChangesNothing() {
        ArticleChangesDto changes = SectionComparison.compare("magnesium", 4, text("same", STORED), text("same", STORED));
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.renamed()).isEmpty();
        assertThat(changes.edited()).isEmpty();
        assertThat(changes.unchanged()).isEqualTo(6);
        assertThat(changes.sameText()).isTrue();
        assertThat(changes.summary()).isEqualTo("0 added, 0 removed, 0 renamed");
    }

    @Test
    void namesTheVersionAndBothTitles() {
        ArticleChangesDto changes = compare(STORED, STORED.replace("# Magnesium", "# Magnesium, Explained"));
        assertThat(changes.slug()).isEqualTo("magnesium");
        assertThat(changes.version()).isEqualTo(4);
        assertThat(changes.checksum()).isEqualTo("before");
        assertThat(changes.newChecksum()).isEqualTo("after");
        assertThat(changes.title()).isEqualTo("Magnesium");
        assertThat(changes.newTitle()).isEqualTo("Magnesium, Explained");
        assertThat(changes.sameText()).isFalse();
    }

    @Test
    void newTextUnderTheSameHeadingIsAnEdit() {
        ArticleChangesDto changes = compare(STORED, STORED.replace("or switch to", "or else switch to"));
        assertThat(changes.edited()).extracting(SectionLinkDto::anchor).containsExactly("what-to-do");
        assertThat(changes.unchanged()).isEqualTo(5);
        assertThat(changes.renamed()).isEmpty();
    }

    @Nested
    class Renamed {

        @Test
        void aNewHeadingOverTheSameTextIsARename() {
            ArticleChangesDto changes = compare(STORED, STORED.replace("### Boosting GABA", "### Turning Up GABA"));
            assertThat(changes.renamed()).containsExactly(new RenamedSectionDto("boosting-gaba", "Boosting GABA",
                    "turning-up-gaba", "Turning Up GABA", "100 % of the text shared"));
            assertThat(changes.renamed().get(0).anchorChanged()).isTrue();
            assertThat(changes.added()).isEmpty();
            assertThat(changes.removed()).isEmpty();
        }

        @Test
        void aNewHeadingOverLightlyEditedTextIsStillARename() {
            ArticleChangesDto changes = compare(STORED, STORED
                    .replace("## What To Do", "## What You Can Do")
                    .replace("Take it in the morning", "Take your magnesium early in the morning"));
            assertThat(changes.renamed()).singleElement().satisfies(renamed -> {
                assertThat(renamed.newAnchor()).isEqualTo("what-you-can-do");
                assertThat(renamed.reason()).isEqualTo("75 % of the text shared");
            });
        }

        @Test
        void aHeadingWhosePunctuationChangedKeepsItsAnchor() {
            ArticleChangesDto changes = compare(STORED, STORED.replace("## How It Calms", "## How it calms!"));
            assertThat(changes.renamed()).singleElement().satisfies(renamed -> {
                assertThat(renamed.anchor()).isEqualTo("how-it-calms");
                assertThat(renamed.newAnchor()).isEqualTo("how-it-calms");
                assertThat(renamed.anchorChanged()).isFalse();
                assertThat(renamed.reason()).isEqualTo("same anchor, new title");
            });
        }

        @Test
        void aHeadingWithNoTextOfItsOwnIsRecognisedByItsPlace() {
            ArticleChangesDto changes = compare(STORED, STORED.replace("## Glycine's Two Faces", "## Glycine, Double Agent"));
            assertThat(changes.renamed()).singleElement().satisfies(renamed -> {
                assertThat(renamed.anchor()).isEqualTo("glycines-two-faces");
                assertThat(renamed.newAnchor()).isEqualTo("glycine-double-agent");
                assertThat(renamed.reason()).isEqualTo("same place, no text of its own");
            });
        }

        @Test
        void theBestSharingPairIsMatchedFirst() {
            String before = "# T\n\n## One\n\nalpha beta gamma delta\n\n## Two\n\nalpha beta gamma epsilon zeta eta\n";
            String after = "# T\n\n## Uno\n\nalpha beta gamma epsilon zeta eta\n\n## Dos\n\nalpha beta gamma delta\n";
            ArticleChangesDto changes = compare(before, after);
            assertThat(changes.renamed()).extracting(RenamedSectionDto::anchor, RenamedSectionDto::newAnchor)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("one", "dos"),
                            org.assertj.core.groups.Tuple.tuple("two", "uno"));
        }
    }

    @Nested
    class AddedAndRemoved {

        @Test
        void aSectionThatIsGoneIsRemovedAndANewOneAdded() {
            ArticleChangesDto changes = compare(STORED, STORED
                    .replace("## What To Do\n\nTake it in the morning, or switch to magnesium citrate.\n",
                            "## Further Reading\n\nBooks and papers about receptors.\n"));
            assertThat(changes.removed()).containsExactly(new SectionLinkDto("what-to-do", "What To Do"));
            assertThat(changes.added()).containsExactly(new SectionLinkDto("further-reading", "Further Reading"));
            assertThat(changes.renamed()).isEmpty();
            assertThat(changes.summary()).isEqualTo("1 added, 1 removed, 0 renamed");
        }

        @Test
        void aHeadingAndTextBothRewrittenIsNotARename() {
            ArticleChangesDto changes = compare(STORED, STORED.replace(
                    "## What To Do\n\nTake it in the morning, or switch to magnesium citrate.",
                    "## Next Steps\n\nAsk a pharmacist which form suits you before changing anything."));
            assertThat(changes.removed()).extracting(SectionLinkDto::anchor).containsExactly("what-to-do");
            assertThat(changes.added()).extracting(SectionLinkDto::anchor).containsExactly("next-steps");
        }

        @Test
        void theSameTextAtAnotherLevelIsNotARename() {
            ArticleChangesDto changes = compare(STORED, STORED.replace("### Boosting GABA", "## Turning Up GABA"));
            assertThat(changes.removed()).extracting(SectionLinkDto::anchor).containsExactly("boosting-gaba");
            assertThat(changes.added()).extracting(SectionLinkDto::anchor).containsExactly("turning-up-gaba");
        }

        @Test
        void aHeadingWithNoTextInAnotherPlaceIsNotARename() {
            String moved = STORED.replace("## Glycine's Two Faces\n\n", "")
                    .replace("## What To Do", "## Glycine, Double Agent\n\n## What To Do");
            ArticleChangesDto changes = compare(STORED, moved);
            assertThat(changes.removed()).extracting(SectionLinkDto::anchor).containsExactly("glycines-two-faces");
            assertThat(changes.added()).extracting(SectionLinkDto::anchor).containsExactly("glycine-double-agent");
        }
    }

    @Test
    void sharedCountsEachOccurrenceAgainstTheLongerBody() {
        assertThat(SectionComparison.shared(SectionComparison.words("<p>a a b</p>"), SectionComparison.words("<p>A b c d</p>")))
                .isEqualTo(0.5);
        assertThat(SectionComparison.shared(SectionComparison.words(""), SectionComparison.words("<p>a</p>"))).isZero();
    }
}
