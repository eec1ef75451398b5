package dev.cofactor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Dates typed into filter forms (yyyy-mm-dd, a day in UTC). */
public final class Dates {

    private Dates() {
    }

    /** The start of the day given, or null when blank; a date that does not parse is put in {@code problems}. */
    public static Instant startOfDay(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "Give a date as yyyy-mm-dd, for example 2026-11-25.");
            return null;
        }
    }
}
