package dev.cofactor.content.article;

import java.util.List;

/**
 * What storing new Markdown would change in an article, worked out before anything is stored.
 * {@code version} and {@code checksum} name the stored version the comparison was made against;
 * every section of the new text is in exactly one of {@code added}, {@code renamed}, {@code edited}
 * or counted in {@code unchanged}, and every stored section that has no counterpart is in {@code removed}.
 */
public record ArticleChangesDto(
        String slug,
        int version,
        String checksum,
        String newChecksum,
        String title,
        String newTitle,
        List<SectionLinkDto> added,
        List<SectionLinkDto> removed,
        List<RenamedSectionDto> renamed,
        List<SectionLinkDto> edited,
        int unchanged) {

    /** The new text is exactly the stored one: storing it would change nothing. */
    public boolean sameText() {
        return checksum.equals(newChecksum);
    }

    /** "1 added, 0 removed, 1 renamed", for messages and the audit log. */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + renamed.size() + " renamed";
    }
}
