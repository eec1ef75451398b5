package dev.cofactor.quiz.attempt;

import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Whose attempts an instructor's report counts: everyone (an admin's view) or the learners named. */
public record Learners(Set<Long> ids) {

    public static final Learners EVERYONE = new Learners(null);

    public static Learners only(Set<Long> ids) {
        return new Learners(Set.copyOf(ids));
    }

    public boolean isEveryone() {
        return ids == null;
    }

    public boolean includes(long learnerId) {
        return isEveryone() || ids.contains(learnerId);
    }

    /**
     * A query parameter for {@code (cast(:learners as text) is null or learner_id = any(cast(:learners as bigint[])))}:
     * a PostgreSQL array literal, or null for everyone.
     */
    public TypedParameterValue<String> sqlArray() {
        return sqlArray(ids);
    }

    /** Any ids as a {@code bigint[]} query parameter (cast it in the SQL): a PostgreSQL array literal, or null. */
    public static TypedParameterValue<String> sqlArray(Set<Long> ids) {
        String literal = ids == null ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return new TypedParameterValue<>(StandardBasicTypes.STRING, literal);
    }
}
