package dev.cofactor.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.ArticleMarkdown.ParsedArticle;
import dev.cofactor.content.article.ArticleMarkdown.ParsedSection;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleMarkdownTest {

    @Nested
    class Sections {

        private final ParsedArticle article = ArticleMarkdown.parse("""
                # The Title

                Before any section.

                ## First Part

                Opening of the first part.

                ### A Detail

                Inside the detail.

                #### A Minor Heading

                Still inside the detail.

                ## Second Part

                The second part.
                """, "fallback");

        @Test
        void takesTheFirstLevelOneHeadingAsTheTitle() {
            assertThat(article.title()).isEqualTo("The Title");
        }

        @Test
        void startsASectionAtEachLevelTwoAndThreeHeadingWithTextBeforeTheFirstAsTheIntroduction() {
            assertThat(article.sections())
                    .extracting(ParsedSection::anchor, ParsedSection::title, ParsedSection::level)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("introduction", "Introduction", 2),
                            org.assertj.core.groups.Tuple.tuple("first-part", "First Part", 2),
                            org.assertj.core.groups.Tuple.tuple("a-detail", "A Detail", 3),
                            org.assertj.core.groups.Tuple.tuple("second-part", "Second Part", 2));
        }

        @Test
        void keepsDeeperHeadingsInsideTheirSection() {
            ParsedSection detail = article.sections().get(2);
            assertThat(detail.html()).contains("<h4>A Minor Heading</h4>", "Still inside the detail.");
            assertThat(article.sections().get(1).html()).contains("Opening of the first part.")
                    .doesNotContain("Inside the detail.");
        }

        @Test
        void summarizesWithTheFirstParagraph() {
            assertThat(article.summary()).isEqualTo("Before any section.");
        }

        @Test
        void leavesOutAnEmptyIntroductionAndFallsBackToTheGivenTitle() {
            ParsedArticle bare = ArticleMarkdown.parse("## Only\n\nText.\n", "Fallback title");
            assertThat(bare.title()).isEqualTo("Fallback title");
            assertThat(bare.sections()).extracting(ParsedSection::anchor).containsExactly("only");
        }

        @Test
        void makesRepeatedHeadingsUniqueInOrderOfAppearance() {
            ParsedArticle repeated = ArticleMarkdown.parse("## Notes\n\na\n\n## Notes\n\nb\n\n### Notes\n\nc\n", "t");
            assertThat(repeated.sections()).extracting(ParsedSection::anchor)
                    .containsExactly("notes", "notes-2", "notes-3");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Glycine's Dual Personality: Calm vs. Chaos | glycines-dual-personality-calm-vs-chaos",
            "The ADHD and Autism Connection: A Molecular Mismatch? | the-adhd-and-autism-connection-a-molecular-mismatch",
            "1. Switch Forms | 1-switch-forms",
            "Café Über Naïve | cafe-uber-naive",
            "??? | section"})
    void slugifiesHeadings(String heading, String anchor) {
        assertThat(ArticleMarkdown.slugify(heading)).isEqualTo(anchor);
    }

    @Nested
    class Safety {

        private String render(String markdown) {
            return ArticleMarkdown.parse("## S\n\n" + markdown, "t").sections().get(0).html();
        }

        @Test
        void dropsScriptTags() {
            assertThat(render("<script>alert('x')</script>\n\nText")).doesNotContain("<script", "alert(");
        }

        @Test
        void dropsEventHandlerAttributes() {
            String html = render("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\" alt=\"a\">");
            assertThat(html).doesNotContainIgnoringCase("onerror").contains("https://example.org/a.png");
        }

        @Test
        void dropsJavascriptLinksKeepingTheirText() {
            String html = render("[click me](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">me</a>");
            assertThat(html).doesNotContainIgnoringCase("javascript").contains("click me", "me");
        }

        @Test
        void dropsRawHtmlOutsideTheAllowList() {
            String html = render("<iframe src=\"https://evil.example\"></iframe><style>body{}</style>"
                    + "<div style=\"position:fixed\">kept text</div>");
            assertThat(html).doesNotContain("<iframe", "<style", "style=").contains("kept text");
        }

        @Test
        void keepsSafeInlineHtmlAndRealLinks() {
            String html = render("Chloride (Cl<sup>-</sup>), see [a study](https://example.org/study).");
            assertThat(html).contains("Cl<sup>-</sup>", "href=\"https://example.org/study\"");
        }

        @Test
        void rendersEmptyLinksAsPlainText() {
            String html = render("Visit our [website](#) to learn more.");
            assertThat(html).contains("Visit our website to learn more.").doesNotContain("<a");
        }

        @Test
        void keepsAParagraphAboutAMissingFigureAsTextWithoutABrokenImage() {
            String html = render("![Magnesium in the NMDA channel](figures/nmda.png)\n\n"
                    + "Note the magnesium clogging the red channel (NMDA).");
            assertThat(html).doesNotContain("<img", "figures/nmda.png")
                    .contains("Note the magnesium clogging the red channel (NMDA).");
        }
    }

    @Nested
    class Citations {

        @Test
        void findsAuthorYearCitationsInParenthesesAndLinks() {
            ParsedSection section = ArticleMarkdown.parse("""
                    ## S

                    Despite the block ([Strehlow et al., 2019](#)). Overwhelming it. ([Kurolap et al., 2016](#))
                    Oxidative stress ([Haroon, Miller, & Sanacora, 2016](#); Popoli et al., 2011).
                    The channel (NMDA) and GABA (gamma-aminobutyric acid) are not citations, nor is (2019).
                    """, "t").sections().get(0);
            assertThat(section.citations()).containsExactly("Strehlow et al., 2019", "Kurolap et al., 2016",
                    "Haroon, Miller, & Sanacora, 2016", "Popoli et al., 2011");
        }

        @Test
        void listsACitationOncePerSection() {
            ParsedSection section = ArticleMarkdown.parse("## S\n\nA (Kus et al., 2023). B (Kus et al., 2023).\n", "t")
                    .sections().get(0);
            assertThat(section.citations()).isEqualTo(List.of("Kus et al., 2023"));
        }
    }

    @Test
    void cutsALongSummaryAtTheLastSentenceThatFits() {
        String first = "A".repeat(200) + ".";
        String second = " " + "B".repeat(150) + ".";
        assertThat(ArticleMarkdown.summarize(first + second)).isEqualTo(first);
    }

    @Test
    void cutsASummaryWithoutSentencesAtAWord() {
        String words = "word ".repeat(100).strip();
        String summary = ArticleMarkdown.summarize(words);
        assertThat(summary).endsWith("word…").hasSizeLessThanOrEqualTo(ArticleMarkdown.SUMMARY_LIMIT);
    }
}
