package dev.cofactor.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    /** The article's sections in reading order, with their citations, in one query. */
    public List<Section> listInOrder(Article article) {
        return find("select distinct s from Section s left join fetch s.citations"
                + " where s.article = ?1 order by s.position", article).list();
    }
}
