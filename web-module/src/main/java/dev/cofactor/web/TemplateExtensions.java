package dev.cofactor.web;

import dev.cofactor.quiz.attempt.AccommodationService.AccommodationDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.web.account.Viewer;
import dev.cofactor.web.quiz.Outcome;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Display-only formatting for templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

    /** "25 November 2026", in the time zone of the person looking ({@link Viewer#zone}). */
    static String day(Instant instant) {
        return DAY.withZone(viewersZone()).format(instant);
    }

    /** "14:05 CET", in the time zone of the person looking, for deadlines and times of day. */
    static String clock(Instant instant) {
        return CLOCK.withZone(viewersZone()).format(instant);
    }

    /**
     * Until an instant, as a page loaded now says it: "29 minutes left", "less than a minute left", or
     * "time is up"; so that a page without JavaScript still tells the time remaining.
     */
    static String left(Instant deadline) {
        long seconds = Duration.between(Arc.container().select(Clock.class).get().instant(), deadline).getSeconds();
        if (seconds <= 0) {
            return "time is up";
        }
        return seconds < 60 ? "less than a minute left" : counting(seconds / 60, "minute") + " left";
    }

    /** The zone of whoever the page is for; UTC outside a request (mail, jobs). */
    private static ZoneId viewersZone() {
        return Arc.container().requestContext().isActive() ? Arc.container().select(Viewer.class).get().zone() : ZoneOffset.UTC;
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

    /** "Single choice", "Multiple response", "True/false"… */
    static String label(QuestionType type) {
        return type == QuestionType.TRUE_FALSE ? "True/false" : capitalized(noun(type));
    }

    /** A type as a form or file names it ("true_false") in words: "True/false"; an unknown name as it is. */
    static String typeLabel(String id) {
        return Arrays.stream(QuestionType.values()).filter(type -> id(type).equals(id)).findFirst()
                .map(TemplateExtensions::label).orElse(id);
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

    /** How one question went ({@link Outcome}): {@code {check.outcome.label}}. */
    static Outcome outcome(QuestionResultDto result) {
        return Outcome.of(result);
    }

    /** Which of a learner's attempts make the grade: "the highest grade counts". */
    static String counts(GradingMethod method) {
        return switch (method) {
            case HIGHEST -> "the highest grade counts";
            case AVERAGE -> "the average of the grades counts";
            case FIRST -> "the first attempt's grade counts";
            case LAST -> "the last attempt's grade counts";
        };
    }

    /** The text with its first letter in upper case, to start a sentence: "The highest grade counts". */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code a - b}, for counts a template says: attempts left. Never below zero. */
    static long minus(Integer a, long b) {
        return Math.max(0, a - b);
    }

    /**
     * A concept tag as a learner reads it: a tag with a capital letter is written as its author wrote it
     * ("GABA-A", "NMDA"); a lower-case one is a phrase ("glycine-receptor" reads "Glycine receptor").
     */
    public static String concept(String tag) {
        if (!tag.equals(tag.toLowerCase(Locale.ROOT)) || tag.isEmpty()) {
            return tag;
        }
        return capitalized(tag.replace('-', ' '));
    }

    /** {@code count} as a whole percent of {@code total}: "40 %", for "picked by 40 % of attempts". */
    static String share(Number count, Number total) {
        return total.longValue() == 0 ? "–" : Math.round(100.0 * count.longValue() / total.longValue()) + " %";
    }

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("question.version", "Question saved (a new version)"), Map.entry("question.retired", "Question retired"),
            Map.entry("question.reinstated", "Question reinstated"), Map.entry("question.deleted", "Question deleted"),
            Map.entry("questions.imported", "Questions imported"), Map.entry("quiz.created", "Quiz created"),
            Map.entry("quiz.changed", "Quiz changed"), Map.entry("regrade.applied", "Regrade applied"),
            Map.entry("attempt.marked", "Mark changed by hand"), Map.entry("account.created", "Account created"),
            Map.entry("account.role", "Role changed"), Map.entry("account.disabled", "Account disabled"),
            Map.entry("account.enabled", "Account enabled"), Map.entry("account.password-changed", "Password changed"),
            Map.entry("account.password-reset", "Password reset by email"), Map.entry("account.signed-out", "Signed out everywhere"),
            Map.entry("account.details", "Name or time zone changed"), Map.entry("cohort.created", "Cohort created"),
            Map.entry("accommodation.granted", "Extra time given"), Map.entry("article.uploaded", "Article uploaded"));
    private static final Pattern LINKED_SUBJECT = Pattern.compile("(question|quiz|attempt|article) ([\\w-]+).*");

    /** An audit log action in words: "Question saved (a new version)"; the code itself when it has none. */
    static String actionLabel(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    /** Where an audit entry's subject ("question gaba-role", "attempt 12 (quiz …)") can be seen, or null. */
    static String subjectLink(String subject) {
        Matcher found = LINKED_SUBJECT.matcher(subject);
        if (!found.matches()) {
            return null;
        }
        return switch (found.group(1)) {
            case "question" -> "/admin/questions/" + found.group(2);
            case "quiz" -> found.group(2).matches("\\d+") ? null : "/admin/quizzes/" + found.group(2);
            case "attempt" -> "/instructor/attempts/" + found.group(2);
            default -> "/articles/" + found.group(2);
        };
    }

    static String join(List<String> values) {
        return String.join(", ", values);
    }
}
