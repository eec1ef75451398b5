package dev.cofactor.content.article;

import java.util.List;

/** A section in an article's table of contents, with its subsections. */
public record SectionNodeDto(String anchor, String title, int level, int position, List<SectionNodeDto> children) {
}
