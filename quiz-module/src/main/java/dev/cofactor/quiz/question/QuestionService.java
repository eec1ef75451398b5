package dev.cofactor.quiz.question;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.question.QuestionStatusChanged.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes the question bank: every change of what a question says makes a new version (versions are
 * never edited, attempts point at them); a question attempts used can be retired, never deleted.
 */
@ApplicationScoped
@Transactional
public class QuestionService {

    /** A question and the article whose section supports it; both null-able only for a draft's article. */
    public record Authored(String articleSlug, QuestionSpec spec) {
    }

    /** Why a version is made and by whom (an email; null for the app itself). */
    public record Change(String note, String author) {
    }

    /** What an import did: versions made for new questions, for changed ones, and questions left as they were. */
    public record ImportCounts(int created, int changed, int unchanged) {
    }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final TombstoneRepository tombstones;
    private final QuestionValidator validator;
    private final BankLock bankLock;
    private final ObjectMapper json;
    private final Event<QuestionSaved> saved;
    private final Event<QuestionStatusChanged> statusChanged;
    private final Clock clock;

    QuestionService(QuestionRepository questions, QuestionVersionRepository versions, TombstoneRepository tombstones,
            QuestionValidator validator, BankLock bankLock, ObjectMapper json, Event<QuestionSaved> saved,
            Event<QuestionStatusChanged> statusChanged, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.tombstones = tombstones;
        this.validator = validator;
        this.bankLock = bankLock;
        this.json = json;
        this.saved = saved;
        this.statusChanged = statusChanged;
        this.clock = clock;
    }

    /** Creates a question from the editor; refused on the id field when a question has that id. Returns its version. */
    public int create(Authored authored, String author) {
        requireSound(authored);
        bankLock.take();
        if (questions.findBySlug(authored.spec().id()).isPresent()) {
            throw new InvalidQuestionException(Map.of("id", "A question with the id '" + authored.spec().id()
                    + "' exists; choose another id."));
        }
        return saveIfChanged(authored, new Change("created", author)).version;
    }

    /** Saves a new version of a question from the editor; returns its current version (unchanged when nothing differs). */
    public int update(Authored authored, String author) {
        requireSound(authored);
        bankLock.take();
        require(authored.spec().id());
        return saveIfChanged(authored, new Change("edited", author)).version;
    }

    private void requireSound(Authored authored) {
        Map<String, String> problems = validator.problems(authored, false);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
    }

    /** What an import would do to one question, and what stops it. */
    public record Planned(Authored question, Outcome outcome, Map<String, String> problems) {
    }

    public enum Outcome {
        NEW, CHANGED, UNCHANGED
    }

    /**
     * What importing these questions would do, without writing: each one's outcome and problems. A
     * question without an evidence anchor becomes a draft, unless it exists: then it keeps its current
     * anchor. An id used twice is a problem of its second use.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Planned> planImport(List<Authored> imported) {
        List<Planned> planned = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Authored given : imported) {
            Authored authored = withCurrentAnchor(given);
            Map<String, String> problems = new LinkedHashMap<>(validator.problems(authored, true));
            String id = authored.spec().id();
            if (id != null && !ids.add(id)) {
                problems.put("id", "The id '" + id + "' is used twice.");
            }
            Optional<QuestionVersion> current = id == null ? Optional.empty()
                    : questions.findBySlug(id).flatMap(versions::findCurrent);
            Outcome outcome = current.isEmpty() ? Outcome.NEW
                    : current.get().spec.sameAs(authored.spec()) ? Outcome.UNCHANGED : Outcome.CHANGED;
            planned.add(new Planned(authored, outcome, problems));
        }
        return planned;
    }

    /** Imports questions all or nothing, as {@link #planImport} describes; refused whole if any has a problem. */
    public ImportCounts importAll(List<Authored> imported, Change change) {
        bankLock.take();
        List<Planned> planned = planImport(imported);
        List<String> problems = planned.stream().flatMap(plan -> plan.problems().values().stream()
                .map(problem -> plan.question().spec().id() + ": " + problem)).toList();
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        planned.forEach(plan -> saveIfChanged(plan.question(), change));
        return new ImportCounts(count(planned, Outcome.NEW), count(planned, Outcome.CHANGED), count(planned, Outcome.UNCHANGED));
    }

    private static int count(List<Planned> planned, Outcome outcome) {
        return (int) planned.stream().filter(plan -> plan.outcome() == outcome).count();
    }

    /** Makes an old version current again, as a new version; refused when it no longer fits the article. */
    public int restore(String slug, int version, String author) {
        Question question = require(slug);
        QuestionVersion old = versions.find("question = ?1 and version = ?2", question, version).firstResultOptional()
                .orElseThrow(() -> new Refusal.NotFound("Question '" + slug + "' has no version " + version + "."));
        QuestionVersion current = current(slug);
        if (current.spec.sameAs(old.spec)) {
            throw new Refusal.Conflict("Version " + version + " says exactly what the current version "
                    + current.version + " says; there is nothing to restore.");
        }
        Authored restored = withCurrentAnchor(new Authored(question.articleSlug, old.spec)); // a draft version keeps today's anchor
        Map<String, String> problems = validator.problems(restored, question.articleSlug == null);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        bankLock.take();
        return saveIfChanged(restored, new Change("restored from version " + version, author)).version;
    }

    /** Retires a question: it stays for the attempts that showed it but no quiz may use it. */
    public void retire(String slug) {
        bankLock.take();
        Question question = require(slug);
        List<String> quizzes = quizzesUsing(question);
        if (!quizzes.isEmpty()) {
            throw new Refusal.Conflict("Take '" + slug + "' out of " + String.join(", ", quizzes)
                    + " before retiring it.");
        }
        if (question.retiredAt == null) {
            question.retiredAt = clock.instant();
            statusChanged.fire(new QuestionStatusChanged(slug, Status.RETIRED));
        }
    }

    public void reinstate(String slug) {
        bankLock.take();
        Question question = require(slug);
        if (question.retiredAt != null) {
            question.retiredAt = null;
            statusChanged.fire(new QuestionStatusChanged(slug, Status.REINSTATED));
        }
    }

    /** Deletes a question no attempt ever showed and no quiz uses; any other is retired instead. */
    public void delete(String slug) {
        bankLock.take();
        Question question = require(slug);
        List<String> quizzes = quizzesUsing(question);
        if (!quizzes.isEmpty() || versions.wasShown(question)) {
            throw new Refusal.Conflict("'" + slug + "' " + (quizzes.isEmpty() ? "was shown in attempts"
                    : "is in " + String.join(", ", quizzes)) + ": it can be retired, not deleted.");
        }
        versions.delete("question", question);
        questions.delete(question);
        tombstones.record(slug, clock.instant());
        statusChanged.fire(new QuestionStatusChanged(slug, Status.DELETED));
    }

    private Authored withCurrentAnchor(Authored authored) {
        QuestionSpec spec = authored.spec();
        if (spec.evidence() != null && !spec.evidence().isBlank()) {
            return authored;
        }
        return questions.findBySlug(spec.id()).filter(question -> question.articleSlug != null)
                .map(question -> new Authored(question.articleSlug, withEvidence(spec, current(spec.id()).evidenceAnchor)))
                .orElse(authored);
    }

    /** The spec with another evidence anchor. */
    public static QuestionSpec withEvidence(QuestionSpec spec, String anchor) {
        return QuestionSpec.of(spec.common().withEvidence(anchor), spec.body());
    }

    /** Stores the question as a new version unless its current version says exactly this; returns the current version. */
    QuestionVersion saveIfChanged(Authored authored, Change change) {
        QuestionSpec spec = authored.spec();
        Question question = findOrCreate(spec.id(), authored.articleSlug());
        if (question.articleSlug == null && spec.evidence() != null) {
            question.articleSlug = authored.articleSlug(); // a draft gets its article with its anchor
        }
        Optional<QuestionVersion> current = versions.findCurrent(question);
        if (current.isPresent() && current.get().spec.sameAs(spec)) {
            return current.get();
        }
        return store(question, spec, Fingerprint.of(json, spec), change);
    }

    private QuestionVersion store(Question question, QuestionSpec spec, String checksum, Change change) {
        QuestionVersion version = new QuestionVersion();
        version.question = question;
        version.version = versions.findCurrent(question).map(previous -> previous.version + 1).orElse(1);
        version.type = spec.type();
        version.points = spec.pointsOrDefault();
        version.evidenceAnchor = spec.evidence() == null || spec.evidence().isBlank() ? null : spec.evidence();
        version.spec = spec;
        version.checksum = checksum;
        version.createdAt = clock.instant();
        version.note = change.note();
        version.author = change.author() == null || change.author().isBlank() ? null : change.author();
        version.tags.addAll(spec.tagsOrEmpty());
        versions.persist(version);
        saved.fire(new QuestionSaved(spec.id(), version.version, version.note));
        return version;
    }

    private Question findOrCreate(String slug, String articleSlug) {
        return questions.findBySlug(slug).orElseGet(() -> {
            tombstones.forget(slug);
            Question created = new Question();
            created.slug = slug;
            created.articleSlug = articleSlug;
            created.createdAt = clock.instant();
            questions.persist(created);
            return created;
        });
    }

    private Question require(String slug) {
        return questions.findBySlug(slug).orElseThrow(() -> new Refusal.NotFound("There is no question '" + slug + "'."));
    }

    private QuestionVersion current(String slug) {
        return versions.findCurrent(require(slug)).orElseThrow();
    }

    private List<String> quizzesUsing(Question question) {
        return entityManager().createNativeQuery("""
                select distinct z.slug from quiz_question qq join quiz z on z.id = qq.quiz_id
                where qq.question_id = ?1 order by z.slug""", String.class)
                .setParameter(1, question.id).getResultList();
    }

    private EntityManager entityManager() {
        return questions.getEntityManager();
    }
}
