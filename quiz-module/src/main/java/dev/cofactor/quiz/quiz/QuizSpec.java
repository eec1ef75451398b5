package dev.cofactor.quiz.quiz;

import java.util.ArrayList;
import java.util.List;

/** A quiz as authors write it: its questions by id and its settings, with sensible defaults. */
public record QuizSpec(
        String slug,
        String title,
        String section,
        FeedbackMode feedback,
        Boolean showRightAnswers,
        Boolean shuffleQuestions,
        Boolean shuffleChoices,
        Integer timeLimitMinutes,
        Integer attemptsAllowed,
        GradingMethod gradingMethod,
        Integer passPercent,
        LateRule lateRule,
        List<String> questions) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("The quiz slug must be lower-case words joined by hyphens.");
        }
        if (title == null || title.isBlank()) {
            problems.add("The quiz needs a title.");
        }
        if (questions == null || questions.isEmpty()) {
            problems.add("The quiz needs at least one question.");
        }
        if (timeLimitMinutes != null && timeLimitMinutes <= 0) {
            problems.add("A time limit must be at least one minute.");
        }
        if (attemptsAllowed != null && attemptsAllowed <= 0) {
            problems.add("Allow at least one attempt, or leave it unlimited.");
        }
        if (passPercent != null && (passPercent < 0 || passPercent > 100)) {
            problems.add("The pass mark is a percentage from 0 to 100.");
        }
        return problems;
    }
}
