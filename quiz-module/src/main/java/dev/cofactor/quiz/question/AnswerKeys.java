package dev.cofactor.quiz.question;

import dev.cofactor.quiz.scoring.AnswerKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer key and spec of each question version, read once: a version never changes, and saving an
 * answer (checked against the key's shape) is the hottest path of the app.
 */
@ApplicationScoped
public class AnswerKeys {

    private final QuestionVersionRepository versions;
    private final Map<Long, AnswerKey> keys = new ConcurrentHashMap<>();
    private final Map<Long, QuestionSpec> specs = new ConcurrentHashMap<>();

    AnswerKeys(QuestionVersionRepository versions) {
        this.versions = versions;
    }

    public AnswerKey of(QuestionVersion version) {
        return keys.computeIfAbsent(version.id, id -> version.spec.key());
    }

    public AnswerKey of(long versionId) {
        return keys.computeIfAbsent(versionId, id -> spec(id).key());
    }

    public QuestionSpec spec(long versionId) {
        return specs.computeIfAbsent(versionId, id -> versions.findByIdOptional(id).orElseThrow().spec);
    }
}
