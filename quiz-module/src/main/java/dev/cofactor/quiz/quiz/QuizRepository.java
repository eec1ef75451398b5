package dev.cofactor.quiz.quiz;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuizRepository implements PanacheRepository<Quiz> {

    public Optional<Quiz> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every quiz with its questions, in the order they were created (section checks, then the final). */
    public List<Quiz> listWithQuestions() {
        return find("select distinct q from Quiz q left join fetch q.questions order by q.articleSlug, q.id").list();
    }
}
