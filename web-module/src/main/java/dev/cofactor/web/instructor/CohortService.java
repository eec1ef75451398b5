package dev.cofactor.web.instructor;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.quiz.attempt.AccommodationService;
import dev.cofactor.quiz.attempt.AttemptDtos.ReviewDto;
import dev.cofactor.quiz.attempt.AttemptViews;
import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.attempt.MarkingService;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountDto;
import dev.cofactor.web.account.AccountService;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cohorts and who may see whom: an instructor sees the learners of their own cohorts, an admin sees
 * everyone. Every instructor-facing report asks {@link #scope} first, and acting on a learner
 * (extra time, reviewing an attempt) checks it here.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied from a board. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final int MAX_NAME = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CohortRepository cohorts;
    private final AccountService accounts;
    private final AttemptViews attempts;
    private final AccommodationService accommodations;
    private final AuditLog audit;
    private final MarkingService markings;

    private final Clock clock;

    CohortService(CohortRepository cohorts, AccountService accounts, AttemptViews attempts,
            AccommodationService accommodations, AuditLog audit, MarkingService markings, Clock clock) {
        this.markings = markings;
        this.clock = clock;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.attempts = attempts;
        this.accommodations = accommodations;
        this.audit = audit;
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
        cohort.createdAt = clock.instant();
        cohorts.persist(cohort);
        audit.record("cohort.created", "cohort " + cohort.id + " (" + cohort.name + ")", "join code " + cohort.joinCode);
        return require(cohort.id, instructor);
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!cohorts.isJoinCodeTaken(code.toString())) {
                return code.toString();
            }
        }
    }

    /** The cohorts a viewer may see: their own, or every cohort for an admin. */
    @Transactional(SUPPORTS)
    public List<CohortDto> visibleTo(AccountDto viewer) {
        return cohorts.listRunBy(viewer.id(), viewer.role() == Role.ADMIN);
    }

    /** The cohorts a learner joined that the viewer may see (their own; every one for an admin). */
    @Transactional(SUPPORTS)
    public List<CohortDto> joinedVisibleTo(long learnerId, AccountDto viewer) {
        Set<Long> visible = visibleTo(viewer).stream().map(CohortDto::id).collect(Collectors.toSet());
        return joinedBy(learnerId).stream().filter(cohort -> visible.contains(cohort.id())).toList();
    }

    /** Per learner, the names of the viewer's cohorts they are in ("A; B"), for exports. */
    @Transactional(SUPPORTS)
    public Map<Long, String> cohortNames(AccountDto viewer) {
        return cohorts.cohortNamesByLearner(viewer.id(), viewer.role() == Role.ADMIN);
    }

    /** A cohort the viewer may see; any other is answered as if it did not exist. */
    @Transactional(SUPPORTS)
    public CohortDto require(long cohortId, AccountDto viewer) {
        return cohorts.findRunBy(cohortId, viewer.id(), viewer.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("There is no cohort with the id " + cohortId + "."));
    }

    @Transactional(SUPPORTS)
    public List<MemberDto> members(long cohortId, AccountDto viewer) {
        require(cohortId, viewer);
        return cohorts.listMembers(cohortId);
    }

    /** A learner joins the cohort with this code; joining twice changes nothing. */
    public CohortDto join(String code, AccountDto learner) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        Cohort cohort = cohorts.findByJoinCode(normalized).orElseThrow(() -> new InvalidInputException(
                Map.of("code", "No cohort has this code. Check it with your instructor.")));
        cohorts.addMember(cohort.id, learner.id(), clock.instant());
        return cohorts.findSummary(cohort.id).orElseThrow();
    }

    /** The cohorts a learner belongs to. */
    @Transactional(SUPPORTS)
    public List<CohortDto> joinedBy(long learnerId) {
        return cohorts.listJoinedBy(learnerId);
    }

    /**
     * Whose attempts the viewer may see: with a cohort, its members (a cohort the viewer may not see
     * is not found); without one, the members of all the viewer's cohorts, or everyone for an admin.
     */
    @Transactional(SUPPORTS)
    public Learners scope(AccountDto viewer, Optional<Long> cohortId) {
        if (cohortId.isPresent()) {
            require(cohortId.get(), viewer);
        } else if (viewer.role() == Role.ADMIN) {
            return Learners.EVERYONE;
        }
        return Learners.only(new LinkedHashSet<>(cohorts.listLearnerIds(cohortId, viewer.id())));
    }

    /** A learner the viewer may see; anyone else is answered as if they did not exist. */
    @Transactional(SUPPORTS)
    public void requireVisible(long learnerId, AccountDto viewer) {
        if (accounts.findAccount(learnerId).isEmpty() || !scope(viewer, Optional.empty()).includes(learnerId)) {
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

    /** Marks one answer of an attempt of a learner the viewer may see ({@link MarkingService}); the attempt as it is now. */
    @Transactional
    public ReviewDto mark(long attemptId, String questionId, MarkingService.Mark mark, AccountDto viewer) {
        review(attemptId, viewer);
        markings.mark(attemptId, questionId, mark, viewer.id());
        return review(attemptId, viewer);
    }

    /** An attempt of a learner the viewer may see, as the learner answered it. */
    @Transactional(SUPPORTS)
    public ReviewDto review(long attemptId, AccountDto viewer) {
        return attempts.review(attemptId).filter(found -> scope(viewer, Optional.empty()).includes(found.learnerId()))
                .orElseThrow(() -> new NotFoundException("There is no attempt with the id " + attemptId + " in your cohorts."));
    }
}
