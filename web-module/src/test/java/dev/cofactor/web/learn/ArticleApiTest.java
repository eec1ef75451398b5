package dev.cofactor.web.learn;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ImportOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    static final String SEED = "magnesium-bisglycinate";
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{2,3}) (.+)$\\n(?:[ \\t]*\\n)*([^#\\s][^\\n]*)");

    @Inject
    ArticleService articles;

    @Test
    void listsTheSeedArticle() {
        when().get("/api/articles")
                .then().statusCode(200)
                .body("slug", hasItem(SEED))
                .body("find { it.slug == '%s' }.title".formatted(SEED),
                        equalTo("Magnesium Bisglycinate: The Science Behind Its Calming—and Sometimes Stimulating—Effects"));
    }

    @Test
    void everyHeadingOfTheSeedArticleIsASectionHoldingItsText() {
        String markdown = seedMarkdown();
        Matcher heading = HEADING.matcher(markdown);
        int found = 0;
        while (heading.find()) {
            found++;
            String title = heading.group(2).strip();
            String firstWords = plainStart(heading.group(3));
            JsonPath section = sectionTitled(title);
            assertThat(section.getInt("level")).as(title).isEqualTo(heading.group(1).length());
            assertThat(Jsoup.parse(section.getString("html")).text()).as(title).contains(firstWords);
        }
        assertThat(found).isEqualTo(16);
    }

    @Test
    void theIntroductionHoldsTheTextBeforeTheFirstSection() {
        when().get("/api/articles/{slug}/sections/introduction", SEED)
                .then().statusCode(200)
                .body("level", equalTo(2))
                .body("position", equalTo(0))
                .body("next.anchor", equalTo("how-magnesium-calms-your-brain"));
        assertThat(section("introduction").getString("html"))
                .contains("Magnesium bisglycinate is a popular supplement");
    }

    @Test
    void theArticleListsItsSectionTreeAndReferences() {
        JsonPath article = when().get("/api/articles/{slug}", SEED).then().statusCode(200).extract().jsonPath();
        assertThat(article.getList("sections.anchor")).hasSize(6).startsWith("introduction");
        assertThat(article.getList("sections.find { it.anchor == 'glycines-dual-personality-calm-vs-chaos' }"
                + ".children.anchor")).containsExactly("the-brake-pedal-inhibitory-role-in-the-spinal-cord",
                        "the-ignition-key-excitatory-role-in-the-brain");
        assertThat(article.getList("references.citation")).containsExactly(
                "Haroon, Miller, & Sanacora, 2016", "Kurolap et al., 2016", "Kus et al., 2023",
                "Nisar et al., 2022", "Popoli et al., 2011", "Strehlow et al., 2019");
        assertThat(article.getString("checksum")).hasSize(64);
    }

    @Test
    void aSectionKnowsItsParentAndNeighbours() {
        JsonPath genetics = section("genetic-factors");
        assertThat(genetics.getString("parent.anchor")).isEqualTo("the-paradox-why-glycine-can-overpower-magnesium");
        assertThat(genetics.getString("previous.anchor")).isEqualTo("the-paradox-why-glycine-can-overpower-magnesium");
        assertThat(genetics.getString("next.anchor")).isEqualTo("epigenetic-and-environmental-triggers");
        assertThat(genetics.getList("citations")).containsExactly("Strehlow et al., 2019", "Kurolap et al., 2016");
    }

    @Test
    void emptyLinksAndTheMissingFigureAreRenderedAsText() {
        assertThat(section("blocking-nmda-receptors").getString("html"))
                .contains("Note the magnesium clogging the red channel (NMDA).")
                .doesNotContain("<img");
        assertThat(section("3-test-your-genes").getString("html"))
                .contains("Visit our website to learn more!")
                .doesNotContain("href=\"#\"");
    }

    @Test
    void anchorsSurviveAReimportOfAChangedArticle() {
        String slug = "reimport-check";
        assertThat(articles.importArticle(slug, seedMarkdown())).isEqualTo(ImportOutcome.CREATED);
        List<Object> before = anchors(slug);
        assertThat(before).hasSize(17).startsWith("introduction");

        String changed = seedMarkdown().replace("Magnesium is a multitasking mineral",
                "Magnesium, an essential element, is a multitasking mineral");
        assertThat(articles.importArticle(slug, changed)).isEqualTo(ImportOutcome.UPDATED);

        assertThat(anchors(slug)).isEqualTo(before);
        when().get("/api/articles/{slug}", slug).then().body("version", equalTo(2));
        when().get("/api/articles/{slug}/sections/how-magnesium-calms-your-brain", slug)
                .then().body("html", org.hamcrest.Matchers.containsString("an essential element"));
    }

    @Test
    void importingTheSameTextAgainChangesNothing() {
        String version = when().get("/api/articles/{slug}", SEED).then().extract().path("version").toString();
        assertThat(articles.importArticle(SEED, seedMarkdown())).isEqualTo(ImportOutcome.UNCHANGED);
        when().get("/api/articles/{slug}", SEED).then().body("version", equalTo(Integer.parseInt(version)));
        when().get("/api/articles").then().body("findAll { it.slug == '%s' }.size()".formatted(SEED), equalTo(1));
    }

    @Test
    void aHostileArticleIsRenderedInert() {
        articles.importArticle("hostile", """
                # Hostile

                ## Attack

                <script>document.title = 'owned'</script>

                <img src="x" onerror="alert(1)"> <p onclick="alert(2)">Click</p>

                A [markdown link](javascript:alert(3)) and <a href=" JaVaScRiPt:alert(4)">an HTML link</a>.

                <iframe src="https://evil.example/"></iframe><object data="x.swf"></object>

                <form action="https://evil.example/"><input name="q"></form><style>body { display: none }</style>
                """);
        Document html = Jsoup.parseBodyFragment(section("hostile", "attack").getString("html"));

        assertThat(html.select("script, iframe, object, embed, form, input, style")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")
                        || attribute.getValue().toLowerCase().contains("javascript:")));
        assertThat(html.text()).contains("Click", "A markdown link and an HTML link.");
    }

    @Test
    void unknownSlugOrAnchorIsAProblem404() {
        given().accept("application/json")
                .when().get("/api/articles/no-such-article")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No article has the slug 'no-such-article'."));
        when().get("/api/articles/{slug}/sections/no-such-anchor", SEED)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/articles/" + SEED + "/sections/no-such-anchor"));
        when().get("/api/articles/no-such-article/sections/introduction")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static String seedMarkdown() {
        try (InputStream in = ArticleApiTest.class.getClassLoader()
                .getResourceAsStream("articles/" + SEED + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonPath sectionTitled(String title) {
        List<Map<String, Object>> titled = sectionTree(SEED).stream()
                .filter(section -> section.get("title").equals(title))
                .toList();
        assertThat(titled).as("sections titled " + title).hasSize(1);
        return section((String) titled.get(0).get("anchor"));
    }

    /** Every section of the article's tree, in reading order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sectionTree(String slug) {
        List<Map<String, Object>> flat = new ArrayList<>();
        Deque<Map<String, Object>> pending = new ArrayDeque<>(
                when().get("/api/articles/{slug}", slug).then().extract().jsonPath().getList("sections"));
        while (!pending.isEmpty()) {
            Map<String, Object> section = pending.removeFirst();
            flat.add(section);
            List<Map<String, Object>> children = (List<Map<String, Object>>) section.get("children");
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
        }
        return flat;
    }

    private static JsonPath section(String anchor) {
        return section(SEED, anchor);
    }

    private static JsonPath section(String slug, String anchor) {
        return when().get("/api/articles/{slug}/sections/{anchor}", slug, anchor)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Object> anchors(String slug) {
        return sectionTree(slug).stream().map(section -> section.get("anchor")).toList();
    }

    /** The first words of a Markdown line as they read once rendered: markup and links stripped. */
    private static String plainStart(String line) {
        String text = line.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("[*_]", "").replaceFirst("^- ", "").strip();
        String[] words = text.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
    }
}
