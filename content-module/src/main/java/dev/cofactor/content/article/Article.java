package dev.cofactor.content.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
}
