package dev.cofactor.content.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** One section of an article: a {@code ##} heading (level 2), a {@code ###} heading (level 3) or the introduction. */
@Entity
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public String anchor;
    public String title;
    public int level;
    public int position;
    public String bodyHtml;

    @ElementCollection
    @CollectionTable(name = "section_citation", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    @Column(name = "label")
    public List<String> citations = new ArrayList<>();
}
