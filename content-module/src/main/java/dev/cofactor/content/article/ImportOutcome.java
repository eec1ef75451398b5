package dev.cofactor.content.article;

/** What an import did to the stored article. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
