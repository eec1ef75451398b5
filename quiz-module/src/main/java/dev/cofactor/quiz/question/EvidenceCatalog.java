package dev.cofactor.quiz.question;

import java.util.Map;
import java.util.Optional;

/**
 * What the quiz module may know of articles: whether a section exists, what it says and where it is read. The web
 * module provides it from the content module, so quiz and content never depend on each other.
 */
public interface EvidenceCatalog {

    /** The plain text of the section, if the article has a section with this anchor. */
    Optional<String> sectionText(String articleSlug, String anchor);

    /** Every section's title by anchor, for "Review: …" links; empty for an unknown article. */
    Map<String, String> sectionTitles(String articleSlug);

    /** Where a learner reads the section (a link for results' "Review: …"); the web module knows its addresses. */
    String sectionLink(String articleSlug, String anchor);
}
