package dev.cofactor.web.instructor;

import java.time.Instant;

/** A cohort as instructors and its learners see it: its join code, its instructor and how many joined. */
public record CohortDto(long id, String name, String joinCode, long instructorId, String instructorName,
        long members, Instant createdAt) {
}
