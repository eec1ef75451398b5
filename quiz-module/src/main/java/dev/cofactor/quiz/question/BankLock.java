package dev.cofactor.quiz.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The question bank's lock, a PostgreSQL advisory lock held until the transaction ends: every change to
 * questions and quizzes takes it, so that a retire and a quiz edit (or two imports) never cross.
 */
@ApplicationScoped
public class BankLock {

    private final EntityManager entityManager;

    BankLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void take() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('cofactor.question-bank'))").getSingleResult();
    }
}
