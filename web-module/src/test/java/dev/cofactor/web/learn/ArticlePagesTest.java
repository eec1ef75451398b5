package dev.cofactor.web.learn;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.content.article.ArticleService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticlePagesTest {

    @Inject
    ArticleService articles;

    private static Document page(String path, int status) {
        String html = given().accept("text/html").when().get(path)
                .then().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void theHomePageListsArticlesLinkingToThem() {
        Document home = page("/", 200);
        assertThat(home.select("h1").text()).isEqualTo("Articles");
        assertThat(home.select("a[href=/articles/magnesium-bisglycinate]").text())
                .startsWith("Magnesium Bisglycinate");
    }

    @Test
    void theArticlePageShowsTheTableOfContentsReferencesAndTheNote() {
        Document article = page("/articles/magnesium-bisglycinate", 200);
        assertThat(article.select("h1")).hasSize(1);
        assertThat(article.select("nav.toc > ol > li")).hasSize(6);
        assertThat(article.select("nav.toc a")).hasSize(17);
        assertThat(article.select("nav.toc ol ol")).as("no \"1. 1. Switch Forms\": subsections are bullets").isEmpty();
        assertThat(article.select("nav.toc > ol > li > ul > li")).hasSize(11);
        assertThat(article.select("nav.toc a").eachAttr("href"))
                .contains("/articles/magnesium-bisglycinate/the-ignition-key-excitatory-role-in-the-brain");
        assertThat(article.select(".references cite").eachText()).contains("Strehlow et al., 2019");
        assertThat(article.select("aside.note").text()).contains("not medical advice");
    }

    @Test
    void aSectionPageShowsItsTextBreadcrumbsAndNeighbours() {
        Document section = page("/articles/magnesium-bisglycinate/the-ignition-key-excitatory-role-in-the-brain", 200);
        assertThat(section.select("h1").text()).isEqualTo("The Ignition Key: Excitatory Role in the Brain");
        assertThat(section.select(".prose").text()).contains("It acts as a co-agonist at NMDA receptors");
        assertThat(section.select("nav.breadcrumbs li").eachText()).containsExactly("Articles",
                "Magnesium Bisglycinate: The Science Behind Its Calming—and Sometimes Stimulating—Effects",
                "Glycine's Dual Personality: Calm vs. Chaos",
                "The Ignition Key: Excitatory Role in the Brain");
        assertThat(section.select("a[rel=prev]").attr("href"))
                .endsWith("/the-brake-pedal-inhibitory-role-in-the-spinal-cord");
        assertThat(section.select("a[rel=next]").attr("href"))
                .endsWith("/the-paradox-why-glycine-can-overpower-magnesium");
    }

    @Test
    void theLastSectionLeadsBackToTheContents() {
        Document last = page("/articles/magnesium-bisglycinate/3-test-your-genes", 200);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select(".pager-next").attr("href")).isEqualTo("/articles/magnesium-bisglycinate");
        assertThat(last.select("aside.check-quiz a[href=/quizzes/final-magnesium-bisglycinate]").text())
                .as("the end of the article offers its final quiz").isEqualTo("Take the final quiz");
        assertThat(last.select("aside.check-quiz a[href=/quizzes/check-what-to-do]"))
                .as("and the check of the part it ends").hasSize(1);
    }

    @Test
    void aPartsCheckQuizComesAfterItsLastSubsectionNotBeforeTheTextItChecks() {
        Document part = page("/articles/magnesium-bisglycinate/how-magnesium-calms-your-brain", 200);
        assertThat(part.select("aside.check-quiz")).isEmpty();
        assertThat(part.select("p.meta a[href$=/blocking-nmda-receptors]")).hasSize(1);
        Document last = page("/articles/magnesium-bisglycinate/blocking-nmda-receptors", 200);
        assertThat(last.select("aside.check-quiz a").attr("href")).isEqualTo("/quizzes/check-how-magnesium-calms-your-brain");
        assertThat(last.select("aside.check-quiz").text()).contains("on How Magnesium Calms Your Brain, the part this section ends");
        assertThat(page("/articles/magnesium-bisglycinate/boosting-gaba-activity", 200).select("aside.check-quiz")).isEmpty();
    }

    @Test
    void pagesNeedNoJavaScriptAndHaveASkipLink() {
        Document section = page("/articles/magnesium-bisglycinate/adhd", 200);
        assertThat(section.select("script")).isEmpty();
        assertThat(section.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(section.select("main#main")).hasSize(1);
        assertThat(section.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void unknownPagesAreAFriendlyHtml404() {
        for (String path : new String[] {"/articles/no-such-article", "/articles/magnesium-bisglycinate/no-such-anchor",
                "/no/such/page"}) {
            Document missing = page(path, 404);
            assertThat(missing.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(missing.select("main").text()).as(path).contains("There is no page at this address");
        }
    }

    @Test
    void articleTextThatLooksLikeHtmlIsEscapedInPages() {
        articles.importArticle("escaping-check", "# Why 1 \\<script\\> beats \\<b\\>\n\n## Part\n\nText.\n");
        String html = given().accept("text/html").get("/articles/escaping-check").asString();
        assertThat(html).contains("Why 1 &lt;script&gt; beats &lt;b&gt;").doesNotContain("<script>", "<b>");
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Why 1 <script> beats <b>");
    }
}
