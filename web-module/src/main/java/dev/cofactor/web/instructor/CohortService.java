package dev.cofactor.web.instructor;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.quiz.NativeRows;
import dev.cofactor.quiz.attempt.AccommodationService;
import dev.cofactor.quiz.attempt.AttemptDtos.ReviewDto;
import dev.cofactor.quiz.attempt.AttemptService;
import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.audit.AuditLog;
import dev.cofactor.web.account.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Cohorts and who may see whom: an instructor sees the learners of their own cohorts, an admin sees
 * everyone. Every instructor-facing report asks {@link #scope} first, and acting on a learner
 * (extra time, reviewing an attempt) checks it here.
 */
@ApplicationScoped
@Transactional
public class CohortService implements PanacheRepository<Cohort> {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied from a board. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final int MAX_NAME = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttemptService attempts;
    private final AccommodationService accommodations;
    private final AuditLog audit;

    CohortService(AttemptService attempts, AccommodationService accommodations, AuditLog audit) {
        this.attempts = attempts;
        this.accommodations = accommodations;
        this.audit = audit;
    }

    public record CohortDto(long id, String name, String joinCode, long instructorId, String instructorName,
            long members, Instant createdAt) {
    }

    public record MemberDto(long learnerId, String displayName, String email, Instant joinedAt) {
    }

    public CohortDto create(String name, AccountDto instructor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException(Map.of("name", "Give the cohort a name of 1 to " + MAX_NAME + " characters."));
        }
        Cohort cohort = new Cohort();
        cohort.name = trimmed;
        cohort.joinCode = newCode();
        cohort.instructorId = instructor.id();
        cohort.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        persist(cohort);
        audit.record("cohort.created", "cohort " + cohort.id + " (" + cohort.name + ")", "join code " + cohort.joinCode);
        return find(cohort.id, instructor);
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (count("joinCode", code.toString()) == 0) {
                return code.toString();
            }
        }
    }

    /** The cohorts a viewer may see: their own, or every cohort for an admin. */
    @Transactional(SUPPORTS)
    public List<CohortDto> visibleTo(AccountDto viewer) {
        return query("c.instructor_id = ?1 or ?2", viewer.id(), viewer.role() == Role.ADMIN);
    }

    /** A cohort the viewer may see; any other is answered as if it did not exist. */
    @Transactional(SUPPORTS)
    public CohortDto find(long cohortId, AccountDto viewer) {
        return query("c.id = ?1 and (c.instructor_id = ?2 or ?3)", cohortId, viewer.id(), viewer.role() == Role.ADMIN)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no cohort with the id " + cohortId + "."));
    }

    @SuppressWarnings("unchecked")
    private List<CohortDto> query(String condition, Object... parameters) {
        var query = getEntityManager().createNativeQuery("""
                select c.id, c.name, c.join_code, c.instructor_id, i.display_name, c.created_at,
                       (select count(*) from cohort_member m where m.cohort_id = c.id)
                from cohort c join account i on i.id = c.instructor_id
                where\s""" + condition + " order by c.name, c.id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new CohortDto(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], ((Number) row[3]).longValue(), (String) row[4],
                ((Number) row[6]).longValue(), NativeRows.instant(row[5]))).toList();
    }

    @Transactional(SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<MemberDto> members(long cohortId, AccountDto viewer) {
        find(cohortId, viewer);
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.id, a.display_name, a.email, m.joined_at
                from cohort_member m join account a on a.id = m.learner_id
                where m.cohort_id = ?1 order by a.display_name, a.id""").setParameter(1, cohortId).getResultList();
        return rows.stream().map(row -> new MemberDto(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                NativeRows.instant(row[3]))).toList();
    }

    /** A learner joins the cohort with this code; joining twice changes nothing. */
    public CohortDto join(String code, AccountDto learner) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        Cohort cohort = find("joinCode", normalized).firstResultOptional().orElseThrow(() -> new InvalidInputException(
                Map.of("code", "No cohort has this code. Check it with your instructor.")));
        getEntityManager().createNativeQuery("""
                insert into cohort_member (cohort_id, learner_id, joined_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, cohort.id).setParameter(2, learner.id())
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        return query("c.id = ?1", cohort.id).get(0);
    }

    /** The cohorts a learner belongs to. */
    @Transactional(SUPPORTS)
    public List<CohortDto> joinedBy(long learnerId) {
        return query("c.id in (select cohort_id from cohort_member where learner_id = ?1)", learnerId);
    }

    /**
     * Whose attempts the viewer may see: with a cohort, its members (a cohort the viewer may not see
     * is not found); without one, the members of all the viewer's cohorts, or everyone for an admin.
     */
    @Transactional(SUPPORTS)
    @SuppressWarnings("unchecked")
    public Learners scope(AccountDto viewer, Optional<Long> cohortId) {
        if (cohortId.isPresent()) {
            find(cohortId.get(), viewer);
        } else if (viewer.role() == Role.ADMIN) {
            return Learners.EVERYONE;
        }
        List<Number> ids = getEntityManager().createNativeQuery("""
                select distinct m.learner_id from cohort_member m join cohort c on c.id = m.cohort_id
                where (c.id = ?1 or (cast(?1 as bigint) is null and c.instructor_id = ?2))""")
                .setParameter(1, new TypedParameterValue<>(StandardBasicTypes.LONG, cohortId.orElse(null)))
                .setParameter(2, viewer.id()).getResultList();
        Set<Long> learners = new LinkedHashSet<>();
        ids.forEach(id -> learners.add(id.longValue()));
        return Learners.only(learners);
    }

    /** A learner the viewer may see; anyone else is answered as if they did not exist. */
    @Transactional(SUPPORTS)
    public void requireVisible(long learnerId, AccountDto viewer) {
        boolean exists = ((Number) getEntityManager().createNativeQuery("select count(*) from account where id = ?1")
                .setParameter(1, learnerId).getSingleResult()).longValue() > 0;
        if (!exists || !scope(viewer, Optional.empty()).includes(learnerId)) {
            throw new NotFoundException("There is no learner with the id " + learnerId + " in your cohorts.");
        }
    }

    /** Gives a learner of the viewer's cohorts extra time; bad values are field problems, nothing changes. */
    public void accommodate(long learnerId, BigDecimal multiplier, Integer minutes, AccountDto viewer) {
        requireVisible(learnerId, viewer);
        Map<String, String> problems = AccommodationService.problems(multiplier, minutes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accommodations.grant(learnerId, multiplier, minutes, viewer.id());
        audit.record("accommodation.granted", "learner " + learnerId,
                "time limit × " + multiplier.stripTrailingZeros().toPlainString() + " + " + minutes + " minutes");
    }

    /** An attempt of a learner the viewer may see, as the learner answered it. */
    @Transactional(SUPPORTS)
    public ReviewDto review(long attemptId, AccountDto viewer) {
        return attempts.review(attemptId).filter(found -> scope(viewer, Optional.empty()).includes(found.learnerId()))
                .orElseThrow(() -> new NotFoundException("There is no attempt with the id " + attemptId + " in your cohorts."));
    }
}
