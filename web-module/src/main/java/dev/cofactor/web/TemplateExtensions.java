package dev.cofactor.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display-only formatting for templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** "25 November 2026" (UTC). */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** "14:05" (UTC), for deadlines. */
    static String clock(Instant instant) {
        return CLOCK.format(instant);
    }

    /** Points without needless zeros: 2.5000 reads "2.5", 3.0000 reads "3". */
    static String points(BigDecimal points) {
        return points == null ? "0" : points.stripTrailingZeros().toPlainString();
    }

    /** The ISO-8601 form a {@code <time datetime>} attribute wants. */
    static String iso(Instant instant) {
        return instant.toString();
    }
}
