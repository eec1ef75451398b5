package dev.cofactor.quiz.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class QuestionRepository implements PanacheRepository<Question> {

    public Optional<Question> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
