package dev.cofactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.web.audit.AuditLog;
import org.junit.jupiter.api.Test;

class TemplateExtensionsTest {

    @Test
    void aCountTakesTheSingularForOneOnly() {
        assertThat(TemplateExtensions.counting(1, "minute")).isEqualTo("1 minute");
        assertThat(TemplateExtensions.counting(30, "minute")).isEqualTo("30 minutes");
        assertThat(TemplateExtensions.counting(0L, "time")).isEqualTo("0 times");
        assertThat(TemplateExtensions.counting(Integer.valueOf(1), "question")).isEqualTo("1 question");
    }

    @Test
    void aConceptTagReadsAsAPhraseUnlessItsAuthorWroteCapitals() {
        assertThat(TemplateExtensions.concept("glycine-receptor")).isEqualTo("Glycine receptor");
        assertThat(TemplateExtensions.concept("genetics")).isEqualTo("Genetics");
        assertThat(TemplateExtensions.concept("GABA-A")).isEqualTo("GABA-A");
        assertThat(TemplateExtensions.concept("NMDA")).isEqualTo("NMDA");
    }

    @Test
    void everyAuditActionHasWordsAndSubjectsLeadToWhatTheyName() {
        assertThat(AuditLog.ACTIONS).allSatisfy(action -> assertThat(TemplateExtensions.actionLabel(action))
                .as(action).isNotEqualTo(action).matches("[A-Z][a-z].*"));
        assertThat(TemplateExtensions.subjectLink("question gaba-role")).isEqualTo("/admin/questions/gaba-role");
        assertThat(TemplateExtensions.subjectLink("quiz final-magnesium-bisglycinate")).isEqualTo("/admin/quizzes/final-magnesium-bisglycinate");
        assertThat(TemplateExtensions.subjectLink("quiz 6, question gaba-role")).isNull();
        assertThat(TemplateExtensions.subjectLink("attempt 12 (quiz final), question q")).isEqualTo("/instructor/attempts/12");
        assertThat(TemplateExtensions.subjectLink("account someone@example.org")).isNull();
    }

    @Test
    void sharesAndTypeLabelsReadAsWords() {
        assertThat(TemplateExtensions.share(2, 5)).isEqualTo("40 %");
        assertThat(TemplateExtensions.share(1, 0)).isEqualTo("–");
        assertThat(TemplateExtensions.label(QuestionType.TRUE_FALSE)).isEqualTo("True/false");
        assertThat(TemplateExtensions.label(QuestionType.MULTIPLE_RESPONSE)).isEqualTo("Multiple response");
    }
}
