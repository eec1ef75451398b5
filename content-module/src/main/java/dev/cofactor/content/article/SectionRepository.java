package dev.cofactor.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public Map<String, String> titlesByAnchor(String articleSlug) {
        Map<String, String> titles = new LinkedHashMap<>();
        getEntityManager().createQuery("select s.anchor, s.title from Section s where s.article.slug = ?1 order by s.position",
                        Object[].class)
                .setParameter(1, articleSlug)
                .getResultList()
                .forEach(row -> titles.put((String) row[0], (String) row[1]));
        return titles;
    }

    /**
     * What {@link SectionTexts} reads of the section with this anchor and of every section after it, in
     * reading order, in one query; empty when the article has no such section.
     */
    List<SectionTexts.Part> listFrom(String articleSlug, String anchor) {
        return getEntityManager().createQuery("""
                        select s.anchor, s.level, s.bodyHtml from Section s, Section start
                        where start.article.slug = ?1 and start.anchor = ?2
                          and s.article = start.article and s.position >= start.position
                        order by s.position""", Object[].class)
                .setParameter(1, articleSlug)
                .setParameter(2, anchor)
                .getResultList().stream()
                .map(row -> new SectionTexts.Part((String) row[0], (Integer) row[1], (String) row[2]))
                .toList();
    }

    /** The article's sections in reading order, with their citations, in one query. */
    public List<Section> listInOrder(Article article) {
        return find("select distinct s from Section s left join fetch s.citations"
                + " where s.article = ?1 order by s.position", article).list();
    }
}
