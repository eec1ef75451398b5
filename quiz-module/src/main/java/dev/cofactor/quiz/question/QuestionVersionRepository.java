package dev.cofactor.quiz.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class QuestionVersionRepository implements PanacheRepository<QuestionVersion> {

    /** The newest version of a question: the one new attempts show. */
    public Optional<QuestionVersion> findCurrent(Question question) {
        return find("question = ?1 order by version desc", question).firstResultOptional();
    }

    /** Whether some version of the question ever said exactly this. */
    public boolean hasChecksum(Question question, String checksum) {
        return count("question = ?1 and checksum = ?2", question, checksum) > 0;
    }

    /** Whether an attempt ever showed a version of the question. */
    public boolean wasShown(Question question) {
        return !getEntityManager().createNativeQuery("""
                select 1 from attempt_question aq join question_version v on v.id = aq.question_version_id
                where v.question_id = ?1 limit 1""").setParameter(1, question.id).getResultList().isEmpty();
    }

    /** The current version of each question named, by id, in one query (ids without a question are left out). */
    public Map<String, QuestionVersion> findCurrent(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return find("""
                select v from QuestionVersion v join fetch v.question q where q.slug in ?1
                and v.version = (select max(w.version) from QuestionVersion w where w.question = q)""", slugs)
                .stream().collect(Collectors.toMap(v -> v.question.slug, v -> v));
    }

    public List<QuestionVersion> listVersions(Question question) {
        return list("question = ?1 order by version", question);
    }
}
