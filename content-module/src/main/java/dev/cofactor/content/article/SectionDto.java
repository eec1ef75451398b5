package dev.cofactor.content.article;

import java.util.List;

/**
 * One section with its sanitized HTML and its place in the article: the parent section (for a
 * subsection), its subsections, and the sections before and after it in reading order.
 */
public record SectionDto(
        String articleSlug,
        String articleTitle,
        String anchor,
        String title,
        int level,
        int position,
        String html,
        List<String> citations,
        SectionLinkDto parent,
        List<SectionLinkDto> children,
        SectionLinkDto previous,
        SectionLinkDto next) {
}
