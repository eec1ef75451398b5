package dev.cofactor.quiz.quiz;

/** How a quiz behaves, as learners and the API see it. */
public record QuizSettingsDto(
        boolean shuffleQuestions,
        boolean shuffleChoices,
        Integer timeLimitMinutes,
        Integer attemptsAllowed,
        GradingMethod gradingMethod,
        int passPercent,
        FeedbackMode feedback,
        ReviewSpec review) {

    static QuizSettingsDto from(Quiz quiz) {
        return new QuizSettingsDto(quiz.shuffleQuestions, quiz.shuffleChoices,
                quiz.timeLimitSeconds == null ? null : quiz.timeLimitSeconds / 60, quiz.attemptsAllowed,
                quiz.gradingMethod, quiz.passPercent, quiz.feedbackMode, ReviewSpec.of(quiz.review()));
    }
}
