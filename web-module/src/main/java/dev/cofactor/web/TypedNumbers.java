package dev.cofactor.web;

import java.math.BigDecimal;

/** Numbers as people type them in forms: with a point or a comma ("2.5", "2,5"), spaces around them aside. */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /** Typed text that is not a number; its message says so in the words forms show: "'two' is not a number." */
    public static final class NotANumber extends IllegalArgumentException {
        NotANumber(String text) {
            super("'" + text.strip() + "' is not a number.");
        }
    }

    /** The number typed; null when nothing was. */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new NotANumber(text);
        }
    }
}
