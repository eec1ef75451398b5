package dev.cofactor.content.article;

import java.time.Instant;
import java.util.List;

/** An article with its section tree (the table of contents) and its references. */
public record ArticleDto(
        String slug,
        String title,
        String summary,
        int version,
        String checksum,
        Instant importedAt,
        List<SectionNodeDto> sections,
        List<ReferenceDto> references) {
}
