package dev.cofactor.quiz.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class QuestionVersionRepository implements PanacheRepository<QuestionVersion> {

    /** The newest version of a question: the one new attempts show. */
    public Optional<QuestionVersion> findCurrent(Question question) {
        return find("question = ?1 order by version desc", question).firstResultOptional();
    }
}
