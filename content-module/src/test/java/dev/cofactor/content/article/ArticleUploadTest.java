package dev.cofactor.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown an admin uploads: checked, parsed and hashed once; pure, no database. */
class ArticleUploadTest {

    private static final String MARKDOWN = "# Title\n\n## Part\n\nText.\n";

    @Test
    void keepsTheTextItsChecksumAndItsSections() {
        ArticleUpload upload = ArticleUpload.parse(MARKDOWN);
        assertThat(upload.markdown()).isEqualTo(MARKDOWN);
        // sha256sum of the same bytes
        assertThat(upload.checksum()).isEqualTo("1f18ddb0a2df1ed378d8d74858b2759bcf4e38232b15f5d186490683ad40cd4c");
        assertThat(upload.parsed().title()).isEqualTo("Title");
        assertThat(upload.parsed().sections()).extracting(ArticleMarkdown.ParsedSection::anchor).containsExactly("part");
        assertThat(upload.sectionTexts()).containsExactly(Map.entry("part", "Text."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                              | The Markdown is empty.
            '   '                           | The Markdown is empty.
            '## A section\n\nBut no title.' | The Markdown has no title.
            '# Only a title'                | The Markdown has a title but no text.
            """)
    void refusesMarkdownThatIsNotAnArticle(String markdown, String reason) {
        assertThatThrownBy(() -> ArticleUpload.parse(markdown.replace("\\n", "\n")))
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith(reason);
    }

    @Test
    void refusesNoMarkdownAndTooMuch() {
        assertThatThrownBy(() -> ArticleUpload.parse(null)).hasMessageStartingWith("The Markdown is empty.");
        String tooLong = "# T\n\n## S\n\n" + "x".repeat(ArticleUpload.MAX_LENGTH);
        assertThatThrownBy(() -> ArticleUpload.parse(tooLong)).isInstanceOf(InvalidArticleException.class)
                .hasMessage("The Markdown is too long: at most 500000 characters, and this has " + tooLong.length() + ".");
        assertThat(ArticleUpload.parse("# T\n\n## S\n\n" + "x".repeat(ArticleUpload.MAX_LENGTH - 11)).markdown())
                .hasSize(ArticleUpload.MAX_LENGTH);
    }
}
