package dev.cofactor.quiz.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTest {

    private static final String SECTION = "Magnesium boosts GABA activity in the brain.\nIt also  blocks NMDA receptors.";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the words as written                     | boosts GABA activity                  | true
            a line break where the section has a space | boosts GABA\\nactivity             | true
            a tab where the section has a space      | boosts GABA\\tactivity                | true
            spaces where the section has a line break | in the brain. It also                | true
            one space where the section has two      | also blocks                           | true
            Windows line endings                     | boosts GABA\\r\\nactivity             | true
            a no-break space                         | boosts\\u00a0GABA                     | true
            another case                             | MAGNESIUM boosts                      | true
            ends trimmed                             | \\n boosts GABA \\t                   | true
            words the section does not hold          | boosts glycine activity               | false
            words run together                       | boostsGABA                            | false
            """)
    void aQuoteIsInTheSectionWhateverItsWhitespace(String why, String quote, boolean quoted) {
        assertThat(Quotes.isQuotedIn(unescape(quote), SECTION)).as(why).isEqualTo(quoted);
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\\u00a0", "\u00a0");
    }
}
