package dev.cofactor.content.article;

/**
 * The stored article is no longer the version a preview was computed against: someone stored another
 * version meanwhile. Nothing was changed.
 */
public class StaleArticleException extends RuntimeException {

    private final int storedVersion;

    public StaleArticleException(String slug, int storedVersion) {
        super("The article '" + slug + "' changed since this preview: it is now version " + storedVersion
                + ". Preview your text again against that version before saving.");
        this.storedVersion = storedVersion;
    }

    public int storedVersion() {
        return storedVersion;
    }
}
