package dev.cofactor.content.article;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Imports the articles shipped with Cofactor at start, but only when the shipped file changed since it
 * was last imported: an article an admin has uploaded a new version of keeps that version.
 */
@ApplicationScoped
class SeedArticles {

    private static final Logger LOG = Logger.getLogger(SeedArticles.class);

    private final ArticleService articles;
    private final ContentConfig config;

    SeedArticles(ArticleService articles, ContentConfig config) {
        this.articles = articles;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        for (String slug : config.seedArticles()) {
            ImportOutcome outcome = articles.importSeed(slug, read("articles/" + slug + ".md"));
            LOG.infof("Seed article %s: %s", slug, outcome.name().toLowerCase());
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed article not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed article " + resource, e);
        }
    }
}
