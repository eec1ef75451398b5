package dev.cofactor.quiz;

/**
 * Why the quiz domain refused a request, in words for the person who made it; nothing was changed.
 * The web module maps each kind to its HTTP status in one place ({@code ErrorMappers}).
 */
public abstract sealed class Refusal extends RuntimeException permits Refusal.NotFound, Refusal.Conflict, Refusal.BadInput {

    private Refusal(String message) {
        super(message);
    }

    /** There is no such thing, or none this person may see. */
    public static final class NotFound extends Refusal {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The thing exists, but its state forbids this now (submitted, used up, checked, time is up). */
    public static final class Conflict extends Refusal {
        public Conflict(String message) {
            super(message);
        }
    }

    /**
     * The request itself cannot be used (an answer of the wrong shape, an unknown option); {@code field},
     * when not null, names the input to correct, so that a form can say it there.
     */
    public static final class BadInput extends Refusal {
        private final String field;

        public BadInput(String message) {
            this(message, null);
        }

        public BadInput(String message, String field) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
