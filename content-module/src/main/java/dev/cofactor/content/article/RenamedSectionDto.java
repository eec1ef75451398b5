package dev.cofactor.content.article;

/**
 * A stored section recognised in the new text under another title or anchor ({@code anchor} may equal
 * {@code newAnchor} when only the title's punctuation or case changed). {@code reason} says how it was
 * recognised, in words an admin can check.
 */
public record RenamedSectionDto(String anchor, String title, String newAnchor, String newTitle, String reason) {

    public boolean anchorChanged() {
        return !anchor.equals(newAnchor);
    }
}
