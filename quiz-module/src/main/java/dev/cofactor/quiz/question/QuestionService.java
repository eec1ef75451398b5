package dev.cofactor.quiz.question;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Stores questions, making a new version whenever what a question says changes. */
@ApplicationScoped
@Transactional
public class QuestionService {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final EvidenceCatalog evidence;
    private final ObjectMapper json;
    private final Event<QuestionSaved> saved;

    QuestionService(QuestionRepository questions, QuestionVersionRepository versions, EvidenceCatalog evidence,
            ObjectMapper json, Event<QuestionSaved> saved) {
        this.questions = questions;
        this.versions = versions;
        this.evidence = evidence;
        this.json = json;
        this.saved = saved;
    }

    /**
     * Checks every question first (its key, its evidence anchor and supporting quote) and stores none
     * unless all are sound; then each new or changed question gets a new version. Returns how many
     * versions were made.
     */
    public int save(String articleSlug, List<QuestionSpec> specs) {
        List<String> problems = new ArrayList<>();
        for (QuestionSpec spec : specs) {
            spec.problems().forEach(problem -> problems.add(spec.id() + ": " + problem));
            if (spec.evidence() != null) {
                evidence.sectionText(articleSlug, spec.evidence()).ifPresentOrElse(text -> {
                    if (spec.quote() != null && !normalize(text).contains(normalize(spec.quote()))) {
                        problems.add(spec.id() + ": the quote is not in the section '" + spec.evidence() + "'.");
                    }
                }, () -> problems.add(spec.id() + ": the article '" + articleSlug + "' has no section '"
                        + spec.evidence() + "'."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        questions.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('cofactor.question-bank'))")
                .getSingleResult();
        int made = 0;
        for (QuestionSpec spec : specs) {
            made += saveOne(articleSlug, spec) ? 1 : 0;
        }
        return made;
    }

    private boolean saveOne(String articleSlug, QuestionSpec spec) {
        Question question = questions.findBySlug(spec.id()).orElseGet(() -> {
            Question created = new Question();
            created.slug = spec.id();
            created.articleSlug = articleSlug;
            created.createdAt = Instant.now();
            questions.persist(created);
            return created;
        });
        String checksum = Fingerprint.of(json, spec);
        var current = versions.findCurrent(question);
        if (current.isPresent() && current.get().checksum.equals(checksum)) {
            return false;
        }
        QuestionVersion version = new QuestionVersion();
        version.question = question;
        version.version = current.map(previous -> previous.version + 1).orElse(1);
        version.type = spec.type();
        version.points = spec.pointsOrDefault();
        version.evidenceAnchor = spec.evidence();
        version.spec = spec;
        version.checksum = checksum;
        version.createdAt = Instant.now();
        version.tags.addAll(spec.tagsOrEmpty());
        versions.persist(version);
        saved.fire(new QuestionSaved(spec.id(), version.version));
        return true;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

}
