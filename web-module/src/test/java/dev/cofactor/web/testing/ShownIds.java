package dev.cofactor.web.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.OptionIds;
import dev.cofactor.quiz.question.QuestionSpec;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Tests write answers with the seed bank's own choice, item and target ids; a learner only sees the
 * attempt's ids for them ({@link OptionIds}). This writes such an answer with the ids that attempt shows,
 * as a learner who picked those options would send it.
 */
public final class ShownIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShownIds() {
    }

    /** {@code stored}, such as {@code {"choiceId": "inhibitory"}}, with the ids attempt {@code attemptId} shows. */
    public static Map<String, Object> answer(long attemptId, String questionId, Map<String, ?> stored) {
        return JSON.convertValue(answer(attemptId, questionId, JSON.convertValue(stored, AnswerDto.class)), Map.class);
    }

    /** The same, for an answer written as the quiz module does. */
    public static AnswerDto answer(long attemptId, String questionId, AnswerDto stored) {
        return ids(attemptId, questionId).shown(stored);
    }

    /** The id attempt {@code attemptId} shows for the choice, item or target stored as {@code storedId}. */
    public static String choice(long attemptId, String questionId, String storedId) {
        return (String) answer(attemptId, questionId, Map.of("choiceId", storedId)).get("choiceId");
    }

    private static OptionIds ids(long attemptId, String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                    select a.option_key, cast(v.spec as text) from attempt a
                    join attempt_question aq on aq.attempt_id = a.id
                    join question_version v on v.id = aq.question_version_id
                    join question q on q.id = v.question_id
                    where a.id = ?1 and q.slug = ?2""").setParameter(1, attemptId).setParameter(2, questionId)
                    .getSingleResult();
            return OptionIds.of((byte[]) row[0], JSON.readValue((String) row[1], QuestionSpec.class));
        });
    }
}
