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

    /** The article's sections in reading order, with their citations, in one query. */
    public List<Section> listInOrder(Article article) {
        return find("select distinct s from Section s left join fetch s.citations"
                + " where s.article = ?1 order by s.position", article).list();
    }
}
