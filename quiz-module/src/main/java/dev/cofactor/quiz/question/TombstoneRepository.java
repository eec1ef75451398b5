package dev.cofactor.quiz.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;

/**
 * The ids of deleted questions, so that a restart does not bring a seed question back. A repository
 * without an entity: a tombstone is one row of plain SQL, nothing reads it as an object.
 */
@ApplicationScoped
public class TombstoneRepository {

    private final EntityManager entityManager;

    TombstoneRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every deleted id. */
    public Set<String> slugs() {
        return Set.copyOf(entityManager.createNativeQuery("select slug from question_tombstone", String.class).getResultList());
    }

    /** Marks the id deleted (again, if it was deleted before). */
    public void record(String slug, Instant deletedAt) {
        entityManager.createNativeQuery("insert into question_tombstone (slug, deleted_at) values (?1, ?2)"
                + " on conflict (slug) do update set deleted_at = excluded.deleted_at")
                .setParameter(1, slug).setParameter(2, deletedAt).executeUpdate();
    }

    /** The id is in use again: a question was created with it. */
    public void forget(String slug) {
        entityManager.createNativeQuery("delete from question_tombstone where slug = ?1").setParameter(1, slug).executeUpdate();
    }
}
