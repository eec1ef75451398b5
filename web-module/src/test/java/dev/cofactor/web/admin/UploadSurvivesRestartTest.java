package dev.cofactor.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ImportOutcome;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.quiz.EvidenceLinks;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuestionLinkDto;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.quiz.seed.SeedQuestionBank;
import dev.cofactor.quiz.seed.SeedQuestionBank.BankFile;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a start does after an admin's upload: the seed article and the seed question bank are loaded
 * again, and must neither undo the upload nor fail on the anchor it renamed.
 */
@QuarkusTest
class UploadSurvivesRestartTest {

    @Inject
    ArticleService articles;

    @Inject
    ArticleUploadService uploads;

    @Inject
    SeedQuestionBank seedBank;

    @Inject
    EvidenceLinks links;

    @Inject
    ObjectMapper json;

    private final String slug = "restart-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSeedArticleIsImportedAgainOnlyWhenTheShippedFileChanged() {
        assertThat(articles.importSeed(slug, UploadFixture.MARKDOWN)).isEqualTo(ImportOutcome.CREATED);
        uploads.save(slug, UploadFixture.RENAMED, null);

        assertThat(articles.importSeed(slug, UploadFixture.MARKDOWN)).isEqualTo(ImportOutcome.UNCHANGED);
        given().get("/api/articles/{slug}", slug).then().body("version", equalTo(2))
                .body("sections.anchor", hasItem("calming-part"));

        String shippedAnew = UploadFixture.MARKDOWN.replace("Opening words", "Newly shipped opening words");
        assertThat(articles.importSeed(slug, shippedAnew)).isEqualTo(ImportOutcome.UPDATED);
        given().get("/api/articles/{slug}", slug).then().body("version", equalTo(3))
                .body("sections.anchor", hasItem("calm-part"));
        assertThat(articles.importSeed(slug, shippedAnew)).isEqualTo(ImportOutcome.UNCHANGED);
    }

    @Test
    void theSeedBankLeavesQuestionsThatFollowedARenameWhereTheyAre() throws Exception {
        articles.importSeed(slug, UploadFixture.MARKDOWN);
        String question = slug + "-calm";
        BankFile bank = new BankFile(slug, List.of(json.readValue("""
                {"id": "%s", "type": "true_false", "evidence": "calm-part", "quote": "boosts GABA activity",
                 "stem": "Magnesium boosts GABA activity.", "correct": true}""".formatted(question), QuestionSpec.class)),
                List.of(json.readValue("""
                {"slug": "%s-check", "title": "Check", "section": "calm-part", "questions": ["%s"]}""".formatted(slug, question),
                        QuizSpec.class)));
        assertThat(seedBank.load(bank)).isEqualTo(1);
        uploads.save(slug, UploadFixture.RENAMED, null);

        assertThat(seedBank.load(bank)).isZero();
        assertThat(links.listQuestions(slug)).singleElement().satisfies((QuestionLinkDto q) -> {
            assertThat(q.version()).isEqualTo(2);
            assertThat(q.anchor()).isEqualTo("calming-part");
        });
        assertThat(links.listQuizzes(slug)).singleElement().satisfies(quiz -> assertThat(quiz.anchor()).isEqualTo("calming-part"));
    }
}
