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
        static final Change SEED = new Change("loaded from the seed bank", null);
    }

    /** What an import did: versions made for new questions, for changed ones, and questions left as they were. */
    public record ImportCounts(int created, int changed, int unchanged) {
    }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final EvidenceCatalog evidence;
    private final ObjectMapper json;
    private final Event<QuestionSaved> saved;
    private final Event<QuestionStatusChanged> statusChanged;

    private final Clock clock;

    private final BankLock bankLock;
    QuestionService(QuestionRepository questions, QuestionVersionRepository versions, EvidenceCatalog evidence,
            ObjectMapper json, Event<QuestionSaved> saved, Event<QuestionStatusChanged> statusChanged, Clock clock, BankLock bankLock) {
        this.bankLock = bankLock;
        this.clock = clock;
        this.questions = questions;
        this.versions = versions;
        this.evidence = evidence;
        this.json = json;
        this.saved = saved;
        this.statusChanged = statusChanged;
    }

    /**
     * Loads a bank shipped with the app. A question gets a new version only when no version of it ever
     * said exactly this, so a restart does not undo an admin's edit or deletion, nor trip over a section
     * renamed since; only a question changed in the shipped file makes a new version over an edit. Those
     * are checked (key, evidence anchor, quote) and none is stored unless all are sound. Returns how
     * many versions were made.
     */
    public int loadSeed(String articleSlug, List<QuestionSpec> specs) {
        bankLock.take();
        List<Authored> fresh = new ArrayList<>();
        Set<String> deleted = Set.copyOf(entityManager().createNativeQuery("select slug from question_tombstone", String.class)
                .getResultList());
        for (QuestionSpec spec : specs) {
            Optional<Question> question = questions.findBySlug(spec.id());
            if (deleted.contains(spec.id())) {
                continue; // an admin deleted it; a restart must not bring it back
            }
            if (question.isEmpty() || !versions.hasChecksum(question.get(), Fingerprint.of(json, spec))) {
                fresh.add(new Authored(articleSlug, spec));
            }
        }
        checkAll(fresh, false);
        int made = 0;
        for (Authored authored : fresh) {
            Optional<QuestionVersion> before = questions.findBySlug(authored.spec().id()).flatMap(versions::findCurrent);
            QuestionVersion after = saveIfChanged(authored, Change.SEED);
            made += before.isPresent() && before.get() == after ? 0 : 1;
        }
        return made;
    }

    /**
     * Creates or edits one question from the editor; returns its current version (unchanged when nothing
     * differs). Problems come back by field.
     */
    public int edit(Authored authored, String author) {
        Map<String, String> problems = problems(authored, false);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        bankLock.take();
        boolean exists = questions.findBySlug(authored.spec().id()).isPresent();
        return saveIfChanged(authored, new Change(exists ? "edited" : "created", author)).version;
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
            Map<String, String> problems = new LinkedHashMap<>(problems(authored, true));
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
        Map<String, String> problems = problems(restored, question.articleSlug == null);
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
        entityManager().createNativeQuery("insert into question_tombstone (slug, deleted_at) values (?1, ?2)"
                + " on conflict (slug) do update set deleted_at = excluded.deleted_at")
                .setParameter(1, slug).setParameter(2, clock.instant()).executeUpdate();
        statusChanged.fire(new QuestionStatusChanged(slug, Status.DELETED));
    }

    /** What the editor would refuse in this question, by field, without saving anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> check(Authored authored) {
        return problems(authored, false);
    }

    /** Problems of one question by field: its own rules, then whether its anchor and quote fit the article. */
    private Map<String, String> problems(Authored authored, boolean draftAllowed) {
        QuestionSpec spec = authored.spec();
        Map<String, String> problems = new LinkedHashMap<>(spec.check());
        boolean draft = spec.evidence() == null || spec.evidence().isBlank();
        if (draft && draftAllowed) {
            problems.remove("evidence");
        }
        Optional<Question> existing = spec.id() == null ? Optional.empty() : questions.findBySlug(spec.id());
        if (existing.isPresent() && existing.get().articleSlug != null && !draft
                && !existing.get().articleSlug.equals(authored.articleSlug())) {
            problems.put("evidence", "This question belongs to the article '" + existing.get().articleSlug
                    + "': choose one of its sections.");
        } else if (!draft && !problems.containsKey("evidence")) {
            Optional<String> text = authored.articleSlug() == null ? Optional.empty()
                    : evidence.sectionText(authored.articleSlug(), spec.evidence());
            if (authored.articleSlug() == null) {
                problems.put("evidence", "Name the article as well as the section: article-slug#" + spec.evidence() + ".");
            } else if (text.isEmpty()) {
                problems.put("evidence", "The article '" + authored.articleSlug() + "' has no section '" + spec.evidence() + "'.");
            } else if (spec.quote() != null && !spec.quote().isBlank() && !Quotes.isQuotedIn(spec.quote(), text.get())) {
                problems.put("quote", "The quote is not in the section '" + spec.evidence() + "'.");
            }
        }
        return problems;
    }

    private void checkAll(List<Authored> all, boolean draftAllowed) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Authored authored : all) {
            String id = authored.spec().id();
            if (id != null && !ids.add(id)) {
                problems.add(id + ": the id is used twice.");
            }
            problems(authored, draftAllowed).values().forEach(problem -> problems.add(id + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
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

    private QuestionVersion saveIfChanged(Authored authored, Change change) {
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
            entityManager().createNativeQuery("delete from question_tombstone where slug = ?1").setParameter(1, slug)
                    .executeUpdate();
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


    /** One bank change at a time across instances, so two saves never both make version n + 1. */

    private EntityManager entityManager() {
        return questions.getEntityManager();
    }
}
