package dev.cofactor.quiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

    @Test
    void aStemIsIdentifiedByItsFirstWordsWithoutMarkdownMarks() {
        assertThat(EvidenceLinks.stemStart("Which **receptor** does _magnesium_ block?")).isEqualTo(
                "Which receptor does magnesium block?");
        assertThat(EvidenceLinks.stemStart("One two three four five six seven eight nine ten eleven twelve thirteen"))
                .isEqualTo("One two three four five six seven eight nine ten eleven twelve …");
        assertThat(EvidenceLinks.stemStart(null)).isEmpty();
    }
}
