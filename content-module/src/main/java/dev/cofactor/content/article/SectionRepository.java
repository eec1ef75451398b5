package dev.cofactor.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public Map<String, String> titlesByAnchor(String articleSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select s.anchor, s.title, s.position from section s join article a on a.id = s.article_id
                where a.slug = ?1
                union all
                select sa.anchor, s.title, s.position from section_alias sa
                join article a on a.id = sa.article_id
                join section s on s.article_id = a.id and s.anchor = sa.current_anchor
                where a.slug = ?1
                order by 3, 1""").setParameter(1, articleSlug).getResultList();
        Map<String, String> titles = new LinkedHashMap<>();
        rows.forEach(row -> titles.put((String) row[0], (String) row[1]));
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
