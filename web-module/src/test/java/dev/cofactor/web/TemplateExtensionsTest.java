package dev.cofactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateExtensionsTest {

    @Test
    void aCountTakesTheSingularForOneOnly() {
        assertThat(TemplateExtensions.counting(1, "minute")).isEqualTo("1 minute");
        assertThat(TemplateExtensions.counting(30, "minute")).isEqualTo("30 minutes");
        assertThat(TemplateExtensions.counting(0L, "time")).isEqualTo("0 times");
        assertThat(TemplateExtensions.counting(Integer.valueOf(1), "question")).isEqualTo("1 question");
    }
}
