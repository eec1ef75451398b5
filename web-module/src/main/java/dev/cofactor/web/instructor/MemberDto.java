package dev.cofactor.web.instructor;

import java.time.Instant;

/** A learner of a cohort, and when they joined it. */
public record MemberDto(long learnerId, String displayName, String email, Instant joinedAt) {
}
