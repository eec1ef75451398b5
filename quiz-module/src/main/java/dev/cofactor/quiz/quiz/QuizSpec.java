package dev.cofactor.quiz.quiz;

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
