package dev.cofactor.web.admin;

import static dev.cofactor.web.admin.Forms.first;
import static dev.cofactor.web.admin.Forms.integer;

import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.quiz.FeedbackMode;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.quiz.quiz.LateRule;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.quiz.quiz.ReviewSpec;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quiz editor's form as posted: settings as typed and the questions in order (hidden fields, moved
 * with buttons, so it works without JavaScript and without dragging). {@code section} is empty for an
 * article's final quiz.
 */
public record QuizForm(String article, String slug, String title, String section, String feedback,
        ReviewSpec review, boolean shuffleQuestions, boolean shuffleChoices, String timeLimitMinutes,
        String attemptsAllowed, String gradingMethod, String passPercent, String lateRule, List<String> questions) {

    private static final Map<String, String> MOMENT_HEADINGS = Map.of("during", "During the attempt", "immediately",
            "Immediately after", "later", "Later, while open", "closed", "Once closed");

    public static QuizForm blank(String article) {
        return new QuizForm(article, "", "", "", "deferred", ReviewSpec.defaults(), false, true, "", "", "highest", "0",
                "score_answers_before_deadline", List.of());
    }

    public static QuizForm of(String article, QuizSpec spec) {
        return new QuizForm(article, spec.slug(), spec.title(), spec.section() == null ? "" : spec.section(),
                name(spec.feedback()), spec.review() == null ? ReviewSpec.defaults() : spec.review().withDefaults(),
                Boolean.TRUE.equals(spec.shuffleQuestions()), Boolean.TRUE.equals(spec.shuffleChoices()),
                spec.timeLimitMinutes() == null ? "" : spec.timeLimitMinutes().toString(),
                spec.attemptsAllowed() == null ? "" : spec.attemptsAllowed().toString(), name(spec.gradingMethod()),
                spec.passPercent() == null ? "0" : spec.passPercent().toString(), name(spec.lateRule()), spec.questions());
    }

    public static QuizForm of(MultivaluedMap<String, String> form) {
        List<String> questions = form.get("question") == null ? List.of()
                : form.get("question").stream().filter(id -> id != null && !id.isBlank()).toList();
        return new QuizForm(first(form, "article"), first(form, "slug"), first(form, "title"), first(form, "section"),
                first(form, "feedback"), review(form),
                "on".equals(first(form, "shuffleQuestions")), "on".equals(first(form, "shuffleChoices")),
                first(form, "timeLimitMinutes"), first(form, "attemptsAllowed"), first(form, "gradingMethod"),
                first(form, "passPercent"), first(form, "lateRule"), questions);
    }

    /** The same form with other questions, in this order. */
    public QuizForm withQuestions(List<String> ordered) {
        return new QuizForm(article, slug, title, section, feedback, review, shuffleQuestions, shuffleChoices,
                timeLimitMinutes, attemptsAllowed, gradingMethod, passPercent, lateRule, List.copyOf(ordered));
    }

    /** Moves a question one place up or down ("up:gaba-role"), or takes it out ("remove:gaba-role"). */
    public QuizForm moved(String command) {
        String[] parts = command.split(":", 2);
        List<String> ordered = new ArrayList<>(questions);
        int at = parts.length == 2 ? ordered.indexOf(parts[1]) : -1;
        if (at >= 0) {
            switch (parts[0]) {
                case "up" -> {
                    if (at > 0) {
                        ordered.add(at - 1, ordered.remove(at));
                    }
                }
                case "down" -> {
                    if (at < ordered.size() - 1) {
                        ordered.add(at + 1, ordered.remove(at));
                    }
                }
                case "remove" -> ordered.remove(at);
                default -> {
                }
            }
        }
        return withQuestions(ordered);
    }

    /** The quiz this form describes; numbers and choices that cannot be read are reported by field. */
    public QuizSpec toSpec() {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer minutes = integer(timeLimitMinutes, "timeLimitMinutes", "A time limit is a whole number of minutes.", problems);
        Integer attempts = integer(attemptsAllowed, "attemptsAllowed", "Attempts allowed is a whole number.", problems);
        Integer pass = integer(passPercent, "passPercent", "The pass mark is a whole percentage.", problems);
        FeedbackMode feedbackMode = Forms.option(FeedbackMode.class, feedback);
        GradingMethod grading = Forms.option(GradingMethod.class, gradingMethod);
        LateRule late = Forms.option(LateRule.class, lateRule);
        if (feedbackMode == null) {
            problems.put("feedback", "Choose when learners get feedback.");
        }
        if (grading == null) {
            problems.put("gradingMethod", "Choose a grading method.");
        }
        if (late == null) {
            problems.put("lateRule", "Choose what a late submission earns.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return new QuizSpec(slug.strip(), title.strip(), section.isBlank() ? null : section, feedbackMode, review,
                shuffleQuestions, shuffleChoices, minutes, attempts, grading, pass, late, questions);
    }

    /** The rows of the review grid: each part's name and what it shows. */
    public Set<Map.Entry<String, String>> reviewParts() {
        return ReviewSpec.PARTS.entrySet();
    }

    /** The columns of the review grid: each moment's name and its heading. */
    public List<Map.Entry<String, String>> reviewMoments() {
        return ReviewSpec.MOMENTS.stream().map(moment -> Map.entry(moment, MOMENT_HEADINGS.get(moment))).toList();
    }

    /** Whether the review options show this part ("rightAnswer") at this moment ("closed"), for the grid of boxes. */
    public boolean reviews(String part, String moment) {
        return review.part(part).contains(moment);
    }

    /** The review grid as posted: a box per part and moment, {@code review-rightAnswer=closed}; an unticked box is absent. */
    private static ReviewSpec review(MultivaluedMap<String, String> form) {
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        ReviewSpec.PARTS.keySet().forEach(part -> ticked.put(part, form.getOrDefault("review-" + part, List.of())));
        return ReviewSpec.ofParts(ticked);
    }

    public boolean isFeedback(String value) {
        return value.equals(feedback);
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
