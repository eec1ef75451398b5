package dev.cofactor.content.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An article as imported from its Markdown source; its sections are in reading order. */
@Entity
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String summary;
    public int version;
    public String checksum;
    /** The checksum of the shipped seed file last imported, or null when the article never came from one. */
    public String seedChecksum;
    public String source;
    public Instant importedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    /** Each anchor a section had before a rename, with the section's anchor today. */
    @ElementCollection
    @CollectionTable(name = "section_alias", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "anchor")
    @Column(name = "current_anchor")
    public Map<String, String> anchorAliases = new HashMap<>();

    /**
     * Follows renames ({@code renamed}: old anchor to new) in the aliases: an earlier anchor that pointed
     * at a renamed one points at its new anchor, the renamed anchor becomes one, and an anchor a section
     * holds now ({@code live}) is none.
     */
    void follow(Map<String, String> renamed, Set<String> live) {
        anchorAliases.replaceAll((anchor, current) -> renamed.getOrDefault(current, current));
        anchorAliases.putAll(renamed);
        anchorAliases.keySet().removeAll(live);
        anchorAliases.entrySet().removeIf(alias -> alias.getKey().equals(alias.getValue()));
    }
}
