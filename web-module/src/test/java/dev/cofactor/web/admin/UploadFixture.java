package dev.cofactor.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * An article of a test's own (a fresh slug each time, so tests sharing the database never see each
 * other's changes), with a question and a section check on two of its sections.
 */
@ApplicationScoped
public class UploadFixture {

    public static final String MARKDOWN = """
            # Upload Check

            Opening words of the article.

            ## Calm Part

            Magnesium blocks NMDA receptors and boosts GABA activity, which calms the nervous system.

            ### Gaba Detail

            GABA is the brain's primary inhibitory neurotransmitter and magnesium makes its receptors more sensitive.

            ## Spare Part

            Glycine opens chloride channels in the spinal cord and quiets the neurons there.

            ## Last Part

            Take magnesium in the morning or switch to magnesium citrate.
            """;

    /** The same article with "Calm Part" renamed, its text kept. */
    public static final String RENAMED = MARKDOWN.replace("## Calm Part", "## Calming Part");

    /** The same article without "Spare Part", which a question and a quiz cite. */
    public static final String WITHOUT_SPARE = MARKDOWN.replace(
            "## Spare Part\n\nGlycine opens chloride channels in the spinal cord and quiets the neurons there.\n\n", "");

    /** One test's article: its slug and the ids of what cites it. */
    public record Created(String slug, String calmQuestion, String spareQuestion, String calmQuiz, String spareQuiz) {
    }

    private final ArticleService articles;
    private final QuestionSeeds questions;
    private final QuizService quizzes;
    private final ObjectMapper json;

    UploadFixture(ArticleService articles, QuestionSeeds questions, QuizService quizzes, ObjectMapper json) {
        this.articles = articles;
        this.questions = questions;
        this.quizzes = quizzes;
        this.json = json;
    }

    public Created create() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Created created = new Created("upload-" + id, "calm-" + id, "spare-" + id, "check-calm-" + id, "check-spare-" + id);
        articles.importArticle(created.slug(), MARKDOWN);
        questions.load(created.slug(), List.of(
                question(created.calmQuestion(), "calm-part", "boosts GABA activity"),
                question(created.spareQuestion(), "spare-part", "chloride channels")));
        quizzes.loadSeed(created.slug(), List.of(
                quiz(created.calmQuiz(), "calm-part", created.calmQuestion()),
                quiz(created.spareQuiz(), "spare-part", created.spareQuestion())));
        return created;
    }

    QuestionSpec question(String id, String evidence, String quote) {
        return read("""
                {"id": "%s", "type": "true_false", "evidence": "%s", "quote": "%s",
                 "stem": "The **article** says so, in these words or close to them.", "correct": true}""".formatted(
                id, evidence, quote), QuestionSpec.class);
    }

    QuizSpec quiz(String slug, String section, String question) {
        return read("""
                {"slug": "%s", "title": "Check: %s", "section": "%s", "feedback": "immediate",
                 "questions": ["%s"]}""".formatted(slug, section, section, question), QuizSpec.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
