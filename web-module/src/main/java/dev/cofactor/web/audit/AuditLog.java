package dev.cofactor.web.audit;

import dev.cofactor.quiz.NativeRows;
import dev.cofactor.quiz.attempt.AttemptMarked;
import dev.cofactor.quiz.attempt.RegradeApplied;
import dev.cofactor.quiz.question.QuestionSaved;
import dev.cofactor.quiz.question.QuestionStatusChanged;
import dev.cofactor.quiz.quiz.QuizSaved;
import dev.cofactor.web.Dates;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountChanged;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountIdentityProvider;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * The audit log: who created, changed, retired, imported or regraded what, and when. Written in the
 * transaction of the change it records, so a change that rolls back leaves no entry. The actor is
 * whoever is signed in; the app itself (seed imports at start) is recorded as nobody.
 */
@ApplicationScoped
public class AuditLog {

    /** The actions recorded, for the filter. */
    public static final List<String> ACTIONS = List.of("question.version", "question.retired", "question.reinstated",
            "question.deleted", "questions.imported", "quiz.created", "quiz.changed", "regrade.applied", "attempt.marked",
            "account.created", "account.role", "account.disabled", "account.enabled", "account.password-changed",
            "account.password-reset", "account.signed-out", "account.details", "cohort.created",
            "accommodation.granted", "article.uploaded");
    static final int MOST = 500;

    public record EntryDto(long id, Instant occurredAt, Long actorId, String actorEmail, String action, String subject,
            String detail) {
    }

    /** A filter as given, for the form to show again. */
    public record Filter(String action, String actor, String from, String to) {
    }

    private final EntityManager entityManager;
    private final Instance<SecurityIdentity> identity;

    private final Clock clock;

    AuditLog(EntityManager entityManager, Instance<SecurityIdentity> identity, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, String detail) {
        entityManager.createNativeQuery("""
                insert into audit_event (occurred_at, actor_id, action, subject, detail) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, clock.instant())
                .setParameter(2, new TypedParameterValue<>(StandardBasicTypes.LONG, actor()))
                .setParameter(3, action).setParameter(4, subject).setParameter(5, detail).executeUpdate();
    }

    void questionSaved(@Observes QuestionSaved saved) {
        record("question.version", "question " + saved.questionId(), "version " + saved.version() + ": " + saved.note());
    }

    void questionStatusChanged(@Observes QuestionStatusChanged changed) {
        record("question." + changed.status().name().toLowerCase(Locale.ROOT), "question " + changed.questionId(),
                switch (changed.status()) {
                    case RETIRED -> "kept for old attempts, offered to no quiz";
                    case REINSTATED -> "quizzes may use it again";
                    case DELETED -> "deleted with all its versions (no attempt had shown it)";
                });
    }

    void quizSaved(@Observes QuizSaved saved) {
        record(saved.created() ? "quiz.created" : "quiz.changed", "quiz " + saved.slug(),
                saved.questions() + (saved.questions() == 1 ? " question" : " questions"));
    }

    void regradeApplied(@Observes RegradeApplied regrade) {
        String attempts = regrade.attempts() == 1 ? "1 attempt" : regrade.attempts() + " attempts";
        record("regrade.applied", "quiz " + regrade.quizId() + ", question " + regrade.questionId(),
                attempts + " moved to version " + regrade.toVersion() + " (regrade " + regrade.regradeId() + ")");
    }

    void attemptMarked(@Observes AttemptMarked marked) {
        String points = marked.oldPoints().equals(marked.newPoints()) ? "points kept at " + marked.newPoints()
                : "points " + marked.oldPoints() + " -> " + marked.newPoints();
        record("attempt.marked", "attempt " + marked.attemptId() + " (quiz " + marked.quizSlug() + "), question "
                + marked.questionId(), points + " of " + marked.maxPoints() + "; reason: " + marked.reason());
    }

    void accountChanged(@Observes AccountChanged changed) {
        record("account." + changed.change().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "account " + changed.email(), changed.detail());
    }

    private Long actor() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        AccountDto account = current.isAnonymous() ? null : current.getAttribute(AccountIdentityProvider.ACCOUNT);
        return account == null ? null : account.id();
    }

    /** Newest first, at most 500 entries; field problems for a bad date or an unknown action. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntryDto> list(Filter filter) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (filter.action() != null && !filter.action().isBlank() && !ACTIONS.contains(filter.action())) {
            problems.put("action", "Choose one of the actions listed.");
        }
        Instant from = Dates.startOfDay(filter.from(), "from", problems);
        Instant to = Dates.startOfDay(filter.to(), "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = filter.actor() == null ? "" : filter.actor().strip().toLowerCase();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.id, e.occurred_at, e.actor_id, a.email, e.action, e.subject, e.detail
                from audit_event e left join account a on a.id = e.actor_id
                where (:action = '' or e.action = :action)
                  and (:actor = '' or strpos(lower(coalesce(a.email, 'nobody')), :actor) > 0)
                  and e.occurred_at >= coalesce(cast(:from as timestamptz), '-infinity')
                  and e.occurred_at < coalesce(cast(:to as timestamptz), 'infinity')
                order by e.occurred_at desc, e.id desc
                limit :most""")
                .setParameter("action", filter.action() == null ? "" : filter.action().strip())
                .setParameter("actor", actor)
                .setParameter("from", new TypedParameterValue<>(StandardBasicTypes.INSTANT, from))
                .setParameter("to", new TypedParameterValue<>(StandardBasicTypes.INSTANT,
                        to == null ? null : to.plusSeconds(86_400)))
                .setParameter("most", MOST)
                .getResultList();
        return rows.stream().map(row -> new EntryDto(((Number) row[0]).longValue(), NativeRows.instant(row[1]),
                row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3], (String) row[4], (String) row[5],
                (String) row[6])).toList();
    }
}
