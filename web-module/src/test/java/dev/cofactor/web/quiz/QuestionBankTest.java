package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Fraction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionBankTest {

    private static final String ARTICLE = "magnesium-bisglycinate";

    @Inject
    EntityManager entityManager;

    @Inject
    QuestionSeeds questions;

    @SuppressWarnings("unchecked")
    private List<QuestionSpec> seededSpecs() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select v.spec from QuestionVersion v where v.question.articleSlug = ?1 and v.note = 'loaded from the seed bank'",
                QuestionSpec.class)
                .setParameter(1, ARTICLE).getResultList());
    }

    @Test
    void theSeedBankCoversEverySectionAndEveryType() {
        List<QuestionSpec> bank = seededSpecs();
        assertThat(bank).hasSizeGreaterThanOrEqualTo(40);
        assertThat(bank.stream().map(QuestionSpec::type).distinct()).containsExactlyInAnyOrder(QuestionType.values());

        JsonPath article = when().get("/api/articles/" + ARTICLE).then().extract().jsonPath();
        List<String> anchors = article.getList("sections.collect { [it.anchor] + it.children.anchor }.flatten()");
        Map<String, Long> perSection = bank.stream().collect(Collectors.groupingBy(QuestionSpec::evidence, Collectors.counting()));
        assertThat(anchors).hasSize(17).allSatisfy(anchor ->
                assertThat(perSection.getOrDefault(anchor, 0L)).as("questions on %s", anchor).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everySeedKeyEarnsFullMarksAndCitesItsPassage() {
        for (QuestionSpec spec : seededSpecs()) {
            assertThat(spec.problems()).as(spec.id()).isEmpty();
            assertThat(spec.key().score(spec.key().rightAnswer())).as(spec.id()).isEqualTo(Fraction.ONE);
            assertThat(spec.quote()).as("supporting quote of %s", spec.id()).isNotBlank();
        }
    }

    @Test
    void theQuizzesAreASectionCheckPerMainSectionAndAFinalQuiz() {
        JsonPath quizzes = when().get("/api/quizzes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = quizzes.getList("findAll { it.articleSlug == '" + ARTICLE + "' }");
        List<Map<String, Object>> checks = all.stream().filter(quiz -> quiz.get("sectionAnchor") != null).toList();
        assertThat(checks).hasSize(5).allSatisfy(check -> {
            assertThat((Integer) check.get("questionCount")).isBetween(2, 5);
            assertThat(((Map<?, ?>) check.get("settings")).get("feedback")).isEqualTo("immediate");
        });
        Map<String, Object> finalQuiz = all.stream().filter(quiz -> quiz.get("sectionAnchor") == null).findFirst().orElseThrow();
        assertThat((Integer) finalQuiz.get("questionCount")).isGreaterThanOrEqualTo(15);
        assertThat((Map<String, Object>) finalQuiz.get("settings"))
                .containsEntry("feedback", "deferred")
                .containsEntry("timeLimitMinutes", 30)
                .containsEntry("gradingMethod", "highest");
        assertThat(finalQuiz).extractingByKey("settings").extracting("review")
                .as("right answers and feedback only once no attempt is left")
                .isEqualTo(Map.of("answer", List.of("during", "immediately", "later", "closed"),
                        "correctness", List.of("during", "immediately", "later", "closed"),
                        "points", List.of("during", "immediately", "later", "closed"),
                        "specificFeedback", List.of("closed"), "generalFeedback", List.of("closed"),
                        "rightAnswer", List.of("closed")));
    }

    @Test
    void theQuizListCarriesNoAnswerKey() {
        String body = when().get("/api/quizzes").asString();
        assertThat(body).doesNotContain("\"weight\"", "\"correct\"", "\"accepted\"", "\"match\"", "\"tolerance\"", "\"quote\"");
    }

    @Test
    void aQuestionWhoseEvidenceDoesNotExistIsRefusedAndNothingIsStored() {
        QuestionSpec spec = trueFalse("refused-anchor", "no-such-section", "Magnesium is a multitasking mineral");
        assertThatThrownBy(() -> questions.load(ARTICLE, List.of(spec)))
                .isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("has no section 'no-such-section'");
        assertThat(versionsOf("refused-anchor")).isZero();
    }

    @Test
    void aQuoteThatIsNotInThePassageIsRefused() {
        QuestionSpec spec = trueFalse("refused-quote", "boosting-gaba-activity", "Magnesium cures everything");
        assertThatThrownBy(() -> questions.load(ARTICLE, List.of(spec)))
                .hasMessageContaining("The quote is not in the section 'boosting-gaba-activity'");
        assertThat(versionsOf("refused-quote")).isZero();
    }

    @Test
    void aChangedQuestionGetsANewVersionAndAnUnchangedOneDoesNot() {
        QuestionSpec first = trueFalse("versioned", "boosting-gaba-activity", "primary inhibitory neurotransmitter");
        assertThat(questions.load(ARTICLE, List.of(first))).isEqualTo(1);
        assertThat(questions.load(ARTICLE, List.of(first))).isZero();
        QuestionSpec edited = new QuestionSpec(first.id(), first.type(), "GABA is the brain's main inhibitory messenger.",
                null, first.tags(), first.evidence(), first.quote(), null, null, null, null, null, null, null, true, null, null, null, null);
        assertThat(questions.load(ARTICLE, List.of(edited))).isEqualTo(1);
        assertThat(versionsOf("versioned")).isEqualTo(2);
    }

    private static QuestionSpec trueFalse(String id, String evidence, String quote) {
        return new QuestionSpec(id, QuestionType.TRUE_FALSE, "GABA is inhibitory.", null, List.of("GABA-A"), evidence,
                quote, null, null, null, null, null, null, null, true, null, null, null, null);
    }

    private long versionsOf(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                "select count(v) from QuestionVersion v where v.question.slug = ?1").setParameter(1, slug).getSingleResult());
    }
}
