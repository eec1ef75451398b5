package dev.cofactor.quiz.question;

import java.util.Optional;

/**
 * What the quiz module may know of articles: whether a section exists and what it says. The web
 * module provides it from the content module, so quiz and content never depend on each other.
 */
public interface EvidenceCatalog {

    /** The plain text of the section, if the article has a section with this anchor. */
    Optional<String> sectionText(String articleSlug, String anchor);

    /** The section's title, for "Review: …" links. */
    Optional<String> sectionTitle(String articleSlug, String anchor);
}
