package dev.cofactor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.quiz.EvidenceLinks;
import dev.cofactor.web.admin.UploadFixture.Created;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's article pages as a browser without JavaScript uses them: list, preview, confirm, refusals. */
@QuarkusTest
class ArticleAdminPagesTest {

    @Inject
    UploadFixture fixture;

    @Inject
    EvidenceLinks links;

    private Created article;
    private WebClient admin;

    @BeforeEach
    void createArticle() {
        article = fixture.create();
        admin = WebClient.demo("admin");
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private Document listPage() {
        Response list = admin.get("/admin/articles");
        assertThat(list.statusCode()).isEqualTo(200);
        return html(list);
    }

    @Test
    void theListShowsEachArticleWithItsVersionAndItsCurrentTextInTheForm() {
        Document page = listPage();
        assertThat(page.select("h2#article-" + article.slug()).text()).isEqualTo("Upload Check");
        assertThat(page.select("#article-" + article.slug() + " + p.meta").text()).startsWith("Version 1, imported");
        assertThat(page.select("textarea#markdown-" + article.slug()).first().wholeText()).isEqualTo(UploadFixture.MARKDOWN);
        assertThat(page.select("form[action=/admin/articles/" + article.slug() + "/preview]").attr("enctype"))
                .isEqualTo("multipart/form-data");
        assertThat(page.select("form[action=/admin/articles/" + article.slug() + "/preview] input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void aPreviewFromTheTextBoxThenConfirmSavesAndSaysSo() {
        Response preview = admin.postMultipart("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", UploadFixture.RENAMED.replace("\n", "\r\n")), "file", null, null);
        assertThat(preview.statusCode()).as(preview.asString()).isEqualTo(200);
        Document page = html(preview);
        assertThat(page.select("h1").text()).isEqualTo("Preview of version 2");
        assertThat(page.select("p.lede").text()).startsWith("“Upload Check”, compared with version 1");
        assertThat(page.select("#renamed-caption").text()).isEqualTo("Renamed (1)");
        assertThat(page.select("table:has(#renamed-caption) tbody").text()).contains("Calm Part", "Calming Part",
                "100 % of the text shared");
        assertThat(page.select("table:has(#following-caption) tbody").text()).contains(article.calmQuestion(),
                article.calmQuiz(), "calming-part");
        assertThat(page.select("#breaking-caption")).isEmpty();
        assertThat(links.listQuestions(article.slug())).allSatisfy(q -> assertThat(q.version()).isEqualTo(1));

        Map<String, String> confirm = Map.of(
                "markdown", page.select("input[name=markdown]").attr("value"),
                "checksum", page.select("input[name=checksum]").attr("value"));
        Response saved = admin.postForm("/admin/articles/" + article.slug(), confirm);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/admin/articles?saved=" + article.slug());
        assertThat(html(admin.get("/admin/articles?saved=" + article.slug())).select(".notice").text())
                .contains("Saved: “Upload Check” is now version 2.");
        assertThat(links.listQuestions(article.slug()))
                .filteredOn(q -> q.questionId().equals(article.calmQuestion()))
                .singleElement().satisfies(q -> assertThat(q.anchor()).isEqualTo("calming-part"));
    }

    @Test
    void aChosenFileIsUsedInsteadOfTheTextBox() {
        Response preview = admin.postMultipart("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", UploadFixture.MARKDOWN), "file", "article.md",
                ("\uFEFF" + UploadFixture.RENAMED.replace("# Upload Check", "# Upload Check From A File"))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).as(preview.asString()).isEqualTo(200);
        assertThat(html(preview).select("dl.facts").text()).contains("“Upload Check” becomes “Upload Check From A File”");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNextToTheField() {
        Response refused = admin.postMultipart("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", ""), "file", "latin1.md", "# Caf\u00e9\n\n## S\n\nx".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(html(refused).select("#markdown-" + article.slug() + "-error").text()).contains("is not UTF-8 text");
    }

    @Test
    void markdownWithoutATitleIsRefusedNextToTheFieldKeepingTheText() {
        Response refused = admin.postForm("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", "## <b>Bold</b> section\n\nNo title here."));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = html(refused);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary a[href=#markdown-" + article.slug() + "]").text()).contains("no title");
        assertThat(page.select("#markdown-" + article.slug() + "-error").text()).contains("no title");
        assertThat(page.select("#markdown-" + article.slug()).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("details:has(#markdown-" + article.slug() + ")").hasAttr("open")).isTrue();
        assertThat(page.select("textarea#markdown-" + article.slug()).first().wholeText())
                .isEqualTo("## <b>Bold</b> section\n\nNo title here.");
        assertThat(refused.asString()).doesNotContain("<b>Bold</b>");
    }

    @Test
    void aRemovedSectionIsListedAndItsSaveRefusedOnThePreviewPage() {
        Response preview = admin.postForm("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", UploadFixture.WITHOUT_SPARE));
        Document page = html(preview);
        assertThat(page.select("table:has(#removed-caption) tbody").text()).contains("Spare Part", "spare-part");
        assertThat(page.select("table:has(#breaking-caption) tbody").text()).contains(article.spareQuestion(),
                article.spareQuiz(), "This version removes the section.");
        assertThat(page.select("form[action=/admin/articles/" + article.slug() + "]")).isEmpty();
        assertThat(page.select("#blocked-title").text()).isEqualTo("This version cannot be saved");
        assertThat(page.select(".error-summary").text()).contains("1 question and 1 quiz would lose the section or quote they cite.");

        String stored = io.restassured.RestAssured.get("/api/articles/" + article.slug()).path("checksum");
        Response refused = admin.postForm("/admin/articles/" + article.slug(), Map.of(
                "markdown", UploadFixture.WITHOUT_SPARE, "checksum", stored));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document refusal = html(refused);
        assertThat(refusal.select(".error-summary").text()).contains("Not saved", article.spareQuestion(), article.spareQuiz());
        // "Change the text" goes back to the text box with the refused text in it, not the stored one
        Element change = refusal.selectFirst("form[action=/admin/articles/" + article.slug() + "/edit]");
        assertThat(change).isNotNull();
        Document editing = html(admin.postForm(change.attr("action"), Map.of("markdown", change.select("input[name=markdown]").val())));
        assertThat(editing.select("textarea#markdown-" + article.slug()).first().wholeText()).isEqualTo(UploadFixture.WITHOUT_SPARE);
        assertThat(html(admin.get("/admin/articles")).select("#article-" + article.slug() + " + p.meta").text())
                .startsWith("Version 1,");
    }

    @Test
    void aStaleConfirmationIsRefusedWithAFreshPreview() {
        Document first = html(admin.postForm("/admin/articles/" + article.slug() + "/preview",
                Map.of("markdown", UploadFixture.RENAMED)));
        String checksum = first.select("input[name=checksum]").attr("value");
        admin.postForm("/admin/articles/" + article.slug(), Map.of(
                "markdown", UploadFixture.MARKDOWN.replace("Opening words", "Changed opening words"),
                "checksum", checksum)).then().statusCode(303);

        Response stale = admin.postForm("/admin/articles/" + article.slug(), Map.of(
                "markdown", UploadFixture.RENAMED, "checksum", checksum));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = html(stale);
        assertThat(page.select(".error-summary").text()).contains("changed since this preview", "now version 2");
        assertThat(page.select("h1").text()).isEqualTo("Preview of version 3");
        assertThat(page.select("input[name=checksum]").attr("value")).isNotEqualTo(checksum).hasSize(64);
        assertThat(links.listQuestions(article.slug())).allSatisfy(q -> assertThat(q.version()).isEqualTo(1));
    }

    @Test
    void aConfirmationWithoutItsChecksumIsRefused() {
        Response refused = admin.postForm("/admin/articles/" + article.slug(), Map.of("markdown", UploadFixture.RENAMED));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(html(refused).select("#markdown-" + article.slug() + "-error").text()).contains("Preview the text again");
    }

    @Test
    void anUnknownArticleIsNotFound() {
        assertThat(admin.postForm("/admin/articles/no-such-article/preview", Map.of("markdown", UploadFixture.MARKDOWN))
                .statusCode()).isEqualTo(404);
    }
}
