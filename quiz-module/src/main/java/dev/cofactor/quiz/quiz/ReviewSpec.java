package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.scoring.Review;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A quiz's review options as authors write them ({@link Review}): for each part of a result, the moments
 * it shows at, by name: {@code during}, {@code immediately}, {@code later}, {@code closed}. A part left
 * out takes its default: the learner's answer, whether it was right, the points and the feedback on the
 * answer show at every moment; general feedback and the right answer only once the quiz is closed to
 * the learner (no attempt left), so that they cannot carry one attempt's key into the next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewSpec(List<String> answer, List<String> correctness, List<String> points,
        List<String> specificFeedback, List<String> generalFeedback, List<String> rightAnswer) {

    /** The moments by name, in order. */
    public static final List<String> MOMENTS = List.of("during", "immediately", "later", "closed");
    /** The parts by name, in order, with what each shows, for forms and messages. */
    public static final Map<String, String> PARTS = parts();

    private static final List<String> ALWAYS = MOMENTS;
    private static final List<String> ONCE_CLOSED = List.of("closed");

    /** Every part spelled out, in the order of {@link #MOMENTS}. */
    public ReviewSpec withDefaults() {
        return new ReviewSpec(ordered(answer, ALWAYS), ordered(correctness, ALWAYS), ordered(points, ALWAYS),
                ordered(specificFeedback, ALWAYS), ordered(generalFeedback, ONCE_CLOSED), ordered(rightAnswer, ONCE_CLOSED));
    }

    public static ReviewSpec defaults() {
        return new ReviewSpec(null, null, null, null, null, null).withDefaults();
    }

    /** The options by part name, as a form gives them ({@code "rightAnswer"} → its moments); a part not named takes its default. */
    public static ReviewSpec ofParts(Map<String, List<String>> parts) {
        return new ReviewSpec(parts.get("answer"), parts.get("correctness"), parts.get("points"),
                parts.get("specificFeedback"), parts.get("generalFeedback"), parts.get("rightAnswer"));
    }

    /** The moments each named part shows at ("answer" → its list), for forms. */
    public List<String> part(String name) {
        return withDefaults().byPart().get(name);
    }

    /** What is wrong, for the field {@code review}; empty when every name is a moment. */
    Map<String, String> check() {
        for (Map.Entry<String, List<String>> part : byPart().entrySet()) {
            List<String> given = part.getValue();
            if (given != null && (given.stream().anyMatch(Objects::isNull) || !MOMENTS.containsAll(given))) {
                return Map.of("review", "Review options name the moments during, immediately, later and closed; "
                        + part.getKey() + " has " + given + ".");
            }
        }
        return Map.of();
    }

    /** The parts in the order of {@link #PARTS} (a given part may be null: not said). */
    private Map<String, List<String>> byPart() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("answer", answer);
        parts.put("correctness", correctness);
        parts.put("points", points);
        parts.put("specificFeedback", specificFeedback);
        parts.put("generalFeedback", generalFeedback);
        parts.put("rightAnswer", rightAnswer);
        return parts;
    }

    public Review.Options toOptions() {
        ReviewSpec full = withDefaults();
        return new Review.Options(timings(full.answer()), timings(full.correctness()), timings(full.points()),
                timings(full.specificFeedback()), timings(full.generalFeedback()), timings(full.rightAnswer()));
    }

    public static ReviewSpec of(Review.Options options) {
        Function<Set<Review.Timing>, List<String>> names = timings -> timings.stream().sorted()
                .map(timing -> MOMENTS.get(timing.ordinal())).toList();
        return new ReviewSpec(names.apply(options.answer()), names.apply(options.correctness()), names.apply(options.points()),
                names.apply(options.specificFeedback()), names.apply(options.generalFeedback()),
                names.apply(options.rightAnswer()));
    }

    private static Set<Review.Timing> timings(List<String> names) {
        Set<Review.Timing> timings = EnumSet.noneOf(Review.Timing.class);
        names.forEach(name -> timings.add(Review.Timing.values()[MOMENTS.indexOf(name)]));
        return timings;
    }

    private static List<String> ordered(List<String> given, List<String> fallback) {
        List<String> names = given == null ? fallback : given;
        return MOMENTS.stream().filter(names::contains).toList();
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("answer", "The learner's answer");
        parts.put("correctness", "Whether it was right");
        parts.put("points", "Points (and the attempt's score)");
        parts.put("specificFeedback", "Feedback on the answer given");
        parts.put("generalFeedback", "The question's general feedback");
        parts.put("rightAnswer", "The right answer");
        return parts;
    }
}
