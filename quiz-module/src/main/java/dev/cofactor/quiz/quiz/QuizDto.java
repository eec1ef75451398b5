package dev.cofactor.quiz.quiz;

/** A quiz in the list: {@code sectionAnchor} is null for an article's final quiz. */
public record QuizDto(long id, String slug, String title, String articleSlug, String sectionAnchor, int questionCount,
        QuizSettingsDto settings) {

    static QuizDto from(Quiz quiz) {
        return new QuizDto(quiz.id, quiz.slug, quiz.title, quiz.articleSlug, quiz.sectionAnchor, quiz.questions.size(),
                QuizSettingsDto.from(quiz));
    }
}
