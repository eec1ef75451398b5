package dev.cofactor.content.article;

/** A pointer to a section: enough to link to it. */
public record SectionLinkDto(String anchor, String title) {

    static SectionLinkDto from(Section section) {
        return new SectionLinkDto(section.anchor, section.title);
    }
}
