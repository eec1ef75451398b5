package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

@ApplicationScoped
public class ResponseRepository implements PanacheRepository<Response> {

    public Optional<Response> findFor(long attemptId, long questionVersionId) {
        return find("key.attemptId = ?1 and key.questionVersionId = ?2", attemptId, questionVersionId).firstResultOptional();
    }

    /**
     * Saves an answer in one statement, so two saves at once (a tab and its autosave) cannot collide.
     * Returns false, changing nothing, when the answer was already checked (and so is final), the
     * attempt is no longer open (submitted, or past its deadline), or a later save from the same page
     * is stored ({@link SaveOrder}). A null {@code answerJson} clears the answer: the response stays, unanswered.
     */
    public boolean upsert(long attemptId, long questionVersionId, String answerJson, Instant savedAt, SaveOrder order) {
        // Plain JDBC, one statement: with no transaction around it, it commits on its own. It writes only
        // while the attempt is open; FOR SHARE waits for a submission in flight (which holds the attempt
        // FOR UPDATE) and then sees it submitted, so no answer lands unscored after a submission.
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into response (attempt_id, question_version_id, answer, saved_at, checked, save_page, save_sequence)
                    select a.id, ?, cast(? as jsonb), ?, false, ?, ? from attempt a
                    where a.id = ? and a.submitted_at is null and (a.deadline is null or a.deadline > ?)
                    for share of a
                    on conflict (attempt_id, question_version_id)
                    do update set answer = excluded.answer, saved_at = excluded.saved_at,
                                  save_page = excluded.save_page, save_sequence = excluded.save_sequence
                    where not response.checked
                      and (excluded.save_page is null or response.save_page is distinct from excluded.save_page
                           or response.save_sequence is null or excluded.save_sequence >= response.save_sequence)""")) {
                upsert.setLong(1, questionVersionId);
                upsert.setString(2, answerJson);
                upsert.setObject(3, savedAt.atOffset(ZoneOffset.UTC));
                upsert.setString(4, order.page());
                if (order.page() == null) {
                    upsert.setNull(5, Types.BIGINT);
                } else {
                    upsert.setLong(5, order.sequence());
                }
                upsert.setLong(6, attemptId);
                upsert.setObject(7, savedAt.atOffset(ZoneOffset.UTC));
                return upsert.executeUpdate() == 1;
            }
        });
    }

    /** Whether the stored answer came from a later save of the same page than this order. */
    public boolean isSupersededBy(long attemptId, long questionVersionId, SaveOrder order) {
        @SuppressWarnings("unchecked")
        List<Object[]> stored = getEntityManager().createNativeQuery("""
                select save_page, save_sequence from response where attempt_id = ?1 and question_version_id = ?2""")
                .setParameter(1, attemptId).setParameter(2, questionVersionId).getResultList();
        return !stored.isEmpty() && !order.supersedes((String) stored.get(0)[0],
                stored.get(0)[1] == null ? null : ((Number) stored.get(0)[1]).longValue());
    }

    /** The attempt's answers by question version id. */
    public Map<Long, Response> byQuestion(long attemptId) {
        List<Response> responses = list("key.attemptId", attemptId);
        return responses.stream().collect(Collectors.toMap(response -> response.key.questionVersionId(), Function.identity()));
    }
}
