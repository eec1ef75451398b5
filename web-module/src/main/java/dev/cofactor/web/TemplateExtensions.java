package dev.cofactor.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display-only formatting for templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** "25 November 2026" (UTC). */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** The ISO-8601 form a {@code <time datetime>} attribute wants. */
    static String iso(Instant instant) {
        return instant.toString();
    }
}
