package dev.cofactor.quiz;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading the columns of a native query's rows, whose Java types the JDBC driver chooses. */
public final class NativeRows {

    private NativeRows() {
    }

    /** A timestamptz as an Instant, whichever type the driver returned it as; null stays null. */
    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
