package dev.cofactor.quiz.question;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.QuestionService.Authored;
import dev.cofactor.quiz.question.QuestionService.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads a question bank shipped with the app, without undoing what admins did to it since. */
@ApplicationScoped
@Transactional
public class QuestionSeeds {

    private static final Change SEED = new Change("loaded from the seed bank", null);

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final TombstoneRepository tombstones;
    private final QuestionValidator validator;
    private final QuestionService service;
    private final BankLock bankLock;
    private final ObjectMapper json;

    QuestionSeeds(QuestionRepository questions, QuestionVersionRepository versions, TombstoneRepository tombstones,
            QuestionValidator validator, QuestionService service, BankLock bankLock, ObjectMapper json) {
        this.questions = questions;
        this.versions = versions;
        this.tombstones = tombstones;
        this.validator = validator;
        this.service = service;
        this.bankLock = bankLock;
        this.json = json;
    }

    /**
     * A question gets a new version only when no version of it ever said exactly this, so a restart does
     * not undo an admin's edit or deletion, nor trip over a section renamed since; only a question changed
     * in the shipped file makes a new version over an edit. Those are checked (key, evidence anchor,
     * quote) and none is stored unless all are sound. Returns how many versions were made.
     */
    public int load(String articleSlug, List<QuestionSpec> specs) {
        bankLock.take();
        Set<String> deleted = tombstones.slugs();
        List<Authored> fresh = specs.stream()
                .filter(spec -> !deleted.contains(spec.id())) // an admin deleted it; a restart must not bring it back
                .filter(spec -> questions.findBySlug(spec.id())
                        .map(question -> !versions.hasChecksum(question, Fingerprint.of(json, spec))).orElse(true))
                .map(spec -> new Authored(articleSlug, spec)).toList();
        validator.requireAllSound(fresh, false);
        int made = 0;
        for (Authored authored : fresh) {
            Optional<QuestionVersion> before = questions.findBySlug(authored.spec().id()).flatMap(versions::findCurrent);
            QuestionVersion after = service.saveIfChanged(authored, SEED);
            made += before.isPresent() && before.get() == after ? 0 : 1;
        }
        return made;
    }
}
