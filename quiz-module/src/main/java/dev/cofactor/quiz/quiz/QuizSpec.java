package dev.cofactor.quiz.quiz;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.question.Slugs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A quiz as authors write it: its questions by id and its settings, with sensible defaults. */
public record QuizSpec(
        String slug,
        String title,
        String section,
        FeedbackMode feedback,
        ReviewSpec review,
        Boolean shuffleQuestions,
        Boolean shuffleChoices,
        Integer timeLimitMinutes,
        Integer attemptsAllowed,
        GradingMethod gradingMethod,
        Integer passPercent,
        LateRule lateRule,
        List<String> questions) {

    /**
     * Reads a quiz from JSON. Exports made before review options existed say {@code showRightAnswers}
     * instead: {@code true} (everything shown after submission, and on a check) becomes every part at every
     * moment; {@code false} shows neither the right answer nor the feedback, which often states it.
     */
    @JsonCreator
    static QuizSpec fromJson(@JsonProperty("slug") String slug, @JsonProperty("title") String title,
            @JsonProperty("section") String section, @JsonProperty("feedback") FeedbackMode feedback,
            @JsonProperty("review") ReviewSpec review, @JsonProperty("showRightAnswers") Boolean showRightAnswers,
            @JsonProperty("shuffleQuestions") Boolean shuffleQuestions, @JsonProperty("shuffleChoices") Boolean shuffleChoices,
            @JsonProperty("timeLimitMinutes") Integer timeLimitMinutes, @JsonProperty("attemptsAllowed") Integer attemptsAllowed,
            @JsonProperty("gradingMethod") GradingMethod gradingMethod, @JsonProperty("passPercent") Integer passPercent,
            @JsonProperty("lateRule") LateRule lateRule, @JsonProperty("questions") List<String> questions) {
        ReviewSpec options = review != null || showRightAnswers == null ? review
                : showRightAnswers ? new ReviewSpec(ReviewSpec.MOMENTS, ReviewSpec.MOMENTS, ReviewSpec.MOMENTS,
                        ReviewSpec.MOMENTS, ReviewSpec.MOMENTS, ReviewSpec.MOMENTS)
                : new ReviewSpec(null, null, null, List.of(), List.of(), List.of());
        return new QuizSpec(slug, title, section, feedback, options, shuffleQuestions, shuffleChoices, timeLimitMinutes,
                attemptsAllowed, gradingMethod, passPercent, lateRule, questions);
    }

    /** The same quiz with every default spelled out, as {@code QuizService.findSpec} reads one back. */
    public QuizSpec withDefaults() {
        return new QuizSpec(slug, title, section, feedback == null ? FeedbackMode.DEFERRED : feedback,
                review == null ? ReviewSpec.defaults() : review.withDefaults(), Boolean.TRUE.equals(shuffleQuestions),
                Boolean.TRUE.equals(shuffleChoices), timeLimitMinutes, attemptsAllowed,
                gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod, passPercent == null ? 0 : passPercent,
                lateRule == null ? LateRule.SCORE_ANSWERS_BEFORE_DEADLINE : lateRule, questions);
    }

    public List<String> problems() {
        return List.copyOf(check().values());
    }

    /** What is wrong, by field: slug, title, questions, timeLimitMinutes, attemptsAllowed, passPercent, review. */
    public Map<String, String> check() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (review != null) {
            problems.putAll(review.check());
        }
        if (!Slugs.isSlug(slug) || slug.length() > 80) {
            problems.put("slug", "The quiz slug must be lower-case words joined by hyphens, at most 80 characters.");
        }
        if (title == null || title.isBlank()) {
            problems.put("title", "The quiz needs a title.");
        } else if (title.length() > 200) {
            problems.put("title", "The title is longer than 200 characters.");
        }
        if (questions == null || questions.isEmpty()) {
            problems.put("questions", "The quiz needs at least one question.");
        } else if (questions.stream().anyMatch(id -> id == null || id.isBlank())) {
            problems.put("questions", "Name every question by its id.");
        } else if (Set.copyOf(questions).size() < questions.size()) {
            problems.put("questions", "A question can be in a quiz only once.");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes <= 0 || timeLimitMinutes > 1440)) {
            problems.put("timeLimitMinutes", "A time limit is 1 to 1440 minutes, or none.");
        }
        if (attemptsAllowed != null && (attemptsAllowed <= 0 || attemptsAllowed > 100)) {
            problems.put("attemptsAllowed", "Allow 1 to 100 attempts, or leave it unlimited.");
        }
        if (passPercent != null && (passPercent < 0 || passPercent > 100)) {
            problems.put("passPercent", "The pass mark is a percentage from 0 to 100.");
        }
        return problems;
    }
}
