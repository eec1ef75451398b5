package dev.cofactor.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Article> listByTitle() {
        return list("order by title");
    }

    /**
     * Serializes imports across every app instance sharing the database, so two instances starting
     * at once never both insert the same article. Released when the transaction ends.
     */
    public void lockImports() {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('cofactor.article-import'))")
                .getSingleResult();
    }
}
