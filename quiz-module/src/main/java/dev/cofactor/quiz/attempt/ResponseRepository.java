package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ResponseRepository implements PanacheRepository<Response> {

    public Optional<Response> findFor(long attemptId, long questionVersionId) {
        return find("key.attemptId = ?1 and key.questionVersionId = ?2", attemptId, questionVersionId).firstResultOptional();
    }

    /** The attempt's answers by question version id. */
    public Map<Long, Response> byQuestion(long attemptId) {
        List<Response> responses = list("key.attemptId", attemptId);
        return responses.stream().collect(Collectors.toMap(response -> response.key.questionVersionId(), Function.identity()));
    }
}
