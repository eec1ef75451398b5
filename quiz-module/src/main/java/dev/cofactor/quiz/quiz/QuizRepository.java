package dev.cofactor.quiz.quiz;

import dev.cofactor.quiz.question.QuestionVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class QuizRepository implements PanacheRepository<Quiz> {

    public Optional<Quiz> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every quiz with its questions, in the order they were created (section checks, then the final). */
    public List<Quiz> listWithQuestions() {
        return find("select distinct q from Quiz q left join fetch q.questions order by q.articleSlug, q.id").list();
    }

    /**
     * The current version of each of the quiz's questions, in the quiz's order: one query of one shape
     * (its plan is cached), read-only (versions never change, so nothing is kept to compare at flush).
     */
    public List<QuestionVersion> currentVersions(long quizId) {
        return getEntityManager().createQuery("""
                select v from Quiz z join z.questions q join QuestionVersion v on v.question = q
                where z.id = ?1 and v.version = (select max(w.version) from QuestionVersion w where w.question = q)
                order by index(q)""", QuestionVersion.class)
                .setParameter(1, quizId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }
}
