package dev.cofactor.quiz.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.quiz.FeedbackMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What attempts look like outside the quiz module. None of them carries an answer key before it may be seen. */
public final class AttemptDtos {

    private AttemptDtos() {
    }

    public record OptionDto(String id, String text) {
    }

    /**
     * A question as a learner sees it while answering: no weights, no right choice, no accepted answers.
     * {@code allOrNothing} is true for an ordering question that scores only when every item is in place (not by
     * the longest run in order), which the learner is told before answering; null otherwise. {@code flagged} is true
     * when the learner flagged it for review, null otherwise.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionDto(String id, int version, QuestionType type, String stem, int points,
            List<OptionDto> choices, List<OptionDto> items, List<OptionDto> targets, AnswerDto answer,
            QuestionResultDto check, Boolean allOrNothing, Boolean flagged) {
    }

    public record EvidenceDto(String articleSlug, String anchor, String title, String link) {
    }

    /**
     * How one question went: shown after a check (immediate feedback) or after submission, with only what
     * the quiz's review options show at this moment: a part they hide is null (feedback: left out).
     * {@code withheld} says why nothing that tells the key shows, when another open attempt has this question.
     * {@code rightAnswerWritten} is the right answer as a person would write it, where the key's notation would
     * mislead (a short answer's wildcards, a number's tolerance: {@code AnswerKey.written}).
     * {@code comment} is what a person who marked the answer wrote for the learner; {@code markedByPerson}
     * is true when a person set its points (null otherwise).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResultDto(String questionId, int version, boolean answered, BigDecimal points, int maxPoints,
            Boolean correct, AnswerDto answer, AnswerDto rightAnswer, String rightAnswerWritten, List<String> feedback,
            EvidenceDto evidence, String withheld, String comment, Boolean markedByPerson) {
    }

    /** A submitted attempt's result; the score, percent and pass are null while the review options hide points. */
    public record ResultDto(long attemptId, BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed,
            boolean late, Instant submittedAt, List<QuestionResultDto> questions) {
    }

    public record AttemptDto(long id, long quizId, String quizSlug, String quizTitle, String articleSlug,
            String sectionAnchor, FeedbackMode feedback, boolean practice, Instant startedAt, Instant deadline,
            Instant submittedAt, int answered, List<QuestionDto> questions, ResultDto result) {
    }

    /** An attempt for an instructor's review, with whose it is. */
    public record ReviewDto(long learnerId, AttemptDto attempt) {
    }

    public record AttemptSummaryDto(long id, long quizId, String quizSlug, String quizTitle, boolean practice,
            Instant startedAt, Instant deadline, Instant submittedAt, BigDecimal score, BigDecimal maxScore, Boolean passed,
            boolean late) {
    }
}
