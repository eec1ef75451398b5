package dev.cofactor.content.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "cofactor.content")
public interface ContentConfig {

    /**
     * Articles imported at start when missing or changed: each is the classpath resource
     * {@code articles/<slug>.md}, so the file name gives the article's slug.
     */
    @WithDefault("magnesium-bisglycinate")
    List<String> seedArticles();
}
