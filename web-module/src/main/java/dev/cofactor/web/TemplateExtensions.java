package dev.cofactor.web;

import dev.cofactor.quiz.attempt.AccommodationService.AccommodationDto;
import dev.cofactor.quiz.question.QuestionType;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    /** A count with its noun, singular for one: {@code {n.counting('minute')}} reads "1 minute", "30 minutes". */
    static String counting(Number count, String noun) {
        return count + " " + (count.longValue() == 1 ? noun : noun + "s");
    }

    /** The ISO-8601 form a {@code <time datetime>} attribute wants. */
    static String iso(Instant instant) {
        return instant.toString();
    }

    /** The type as URLs and forms name it: "single_choice". */
    static String id(QuestionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** "Single choice", "Multiple response"… */
    static String label(QuestionType type) {
        String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "single choice", for the middle of a sentence. */
    static String noun(QuestionType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What each type asks of a learner and how it is scored, for authors choosing one. */
    static String description(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "One right choice among several; full marks or none.";
            case MULTIPLE_RESPONSE -> "Tick every right choice; each choice carries a weight, wrong ones cost.";
            case TRUE_FALSE -> "A statement that is true or false, with feedback for each answer.";
            case MATCHING -> "Match each item to its target, chosen from a list; credit per right pair.";
            case ORDERING -> "Put at least three steps in order; credit by the longest run in the right order, or all or nothing.";
            case SHORT_ANSWER -> "A typed answer compared with accepted answers, which may use * as a wildcard.";
            case NUMERIC -> "A number, right within a tolerance.";
        };
    }

    /** The first words of a Markdown text as plain text, for lists. */
    static String excerpt(String markdown) {
        if (markdown == null) {
            return "";
        }
        String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 110 ? plain : plain.substring(0, 110).replaceAll("\\s+\\S*$", "") + "…";
    }

    /** A learner's extra time, for the learner and their instructor: "1.5 × the time limit, plus 10 minutes". */
    static String describe(AccommodationDto accommodation) {
        BigDecimal multiplier = accommodation.timeMultiplier();
        int minutes = accommodation.extraMinutes();
        String times = multiplier.compareTo(BigDecimal.ONE) == 0 ? "the time limit"
                : multiplier.stripTrailingZeros().toPlainString() + " × the time limit";
        return minutes == 0 ? times : times + ", plus " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    static String join(List<String> values) {
        return String.join(", ", values);
    }
}
