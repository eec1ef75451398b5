package dev.cofactor.web.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a person may do. An admin can do everything an instructor can. */
public enum Role {
    LEARNER(Set.of(Role.Names.LEARNER)),
    INSTRUCTOR(Set.of(Role.Names.INSTRUCTOR)),
    ADMIN(Set.of(Role.Names.ADMIN, Role.Names.INSTRUCTOR));

    /** Role names for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LEARNER = "learner";
        public static final String INSTRUCTOR = "instructor";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final Set<String> grants;

    Role(Set<String> grants) {
        this.grants = grants;
    }

    /** The security roles this role carries. */
    public Set<String> grants() {
        return grants;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equalsIgnoreCase(id == null ? "" : id.strip()))
                .findFirst();
    }

    @JsonCreator
    static Role fromJson(String id) {
        return parse(id).orElse(null);
    }
}
