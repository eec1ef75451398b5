package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * Saves an answer in one statement, so two saves at once (a tab and its autosave) cannot collide.
     * Returns false, changing nothing, when the answer was already checked and so is final.
     */
    public boolean upsert(long attemptId, long questionVersionId, String answerJson, Instant savedAt) {
        return getEntityManager().createNativeQuery("""
                insert into response (attempt_id, question_version_id, answer, saved_at, checked)
                values (?1, ?2, cast(?3 as jsonb), ?4, false)
                on conflict (attempt_id, question_version_id)
                do update set answer = excluded.answer, saved_at = excluded.saved_at
                where not response.checked""")
                .setParameter(1, attemptId).setParameter(2, questionVersionId).setParameter(3, answerJson)
                .setParameter(4, savedAt)
                .executeUpdate() == 1;
    }

    /** The attempt's answers by question version id. */
    public Map<Long, Response> byQuestion(long attemptId) {
        List<Response> responses = list("key.attemptId", attemptId);
        return responses.stream().collect(Collectors.toMap(response -> response.key.questionVersionId(), Function.identity()));
    }
}
