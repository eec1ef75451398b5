package dev.cofactor.content.article;

/** Markdown that cannot be stored as an article, with the reason in words an author can act on. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
