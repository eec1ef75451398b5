package dev.cofactor.quiz.question;

import dev.cofactor.quiz.scoring.AnswerKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer key of each question version, built once: a version never changes, and saving an
 * answer (checked against the key's shape) is the hottest path of the app.
 */
@ApplicationScoped
public class AnswerKeys {

    private final QuestionVersionRepository versions;
    private final Map<Long, AnswerKey> keys = new ConcurrentHashMap<>();

    AnswerKeys(QuestionVersionRepository versions) {
        this.versions = versions;
    }

    public AnswerKey of(QuestionVersion version) {
        return keys.computeIfAbsent(version.id, id -> version.spec.key());
    }

    public AnswerKey of(long versionId) {
        return keys.computeIfAbsent(versionId, id -> versions.findByIdOptional(id).orElseThrow().spec.key());
    }
}
