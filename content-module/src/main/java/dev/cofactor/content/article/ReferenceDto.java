package dev.cofactor.content.article;

import java.util.List;

/** A work the article cites, and the sections that cite it. */
public record ReferenceDto(String citation, List<SectionLinkDto> citedIn) {
}
