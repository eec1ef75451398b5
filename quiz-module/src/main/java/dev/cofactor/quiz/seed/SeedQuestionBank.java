package dev.cofactor.quiz.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the question banks shipped with Cofactor at start, after the articles they cite: each is
 * the classpath resource {@code quizzes/<article slug>.json}. Unchanged questions and quizzes are
 * left alone; a changed question gets a new version. A question whose text in the file was stored
 * before is left alone too, so a later version (made when an admin's upload renamed its section) is
 * never undone by a restart.
 */
@ApplicationScoped
public class SeedQuestionBank {

    private static final Logger LOG = Logger.getLogger(SeedQuestionBank.class);

    @ConfigMapping(prefix = "cofactor.quiz")
    interface QuizConfig {
        /** Article slugs whose question bank is loaded at start. */
        @WithDefault("magnesium-bisglycinate")
        List<String> seedBanks();
    }

    public record BankFile(String article, List<QuestionSpec> questions, List<QuizSpec> quizzes) {
    }

    private final QuestionSeeds questions;
    private final QuizService quizzes;
    private final QuizConfig config;
    private final ObjectMapper json;

    SeedQuestionBank(QuestionSeeds questions, QuizService quizzes, QuizConfig config, ObjectMapper json) {
        this.questions = questions;
        this.quizzes = quizzes;
        this.config = config;
        this.json = json;
    }

    /** Runs after the seed articles (which observe at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        for (String article : config.seedBanks()) {
            BankFile bank = read("quizzes/" + article + ".json");
            int made = load(bank);
            LOG.infof("Question bank %s: %d questions, %d new versions, %d quizzes", article, bank.questions().size(),
                    made, bank.quizzes().size());
        }
    }

    /** Stores the bank's questions whose text was never stored before (see QuestionSeeds.load), then its quizzes. */
    public int load(BankFile bank) {
        int made = questions.load(bank.article(), bank.questions());
        quizzes.loadSeed(bank.article(), bank.quizzes());
        return made;
    }

    private BankFile read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Question bank not found on the classpath: " + resource);
            }
            return json.readValue(in, BankFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read question bank " + resource, e);
        }
    }
}
