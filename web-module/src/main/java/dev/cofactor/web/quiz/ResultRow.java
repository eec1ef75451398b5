package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One result row: how a question went, with the answers written out; on the learner's result page and
 * in the instructor's review of an attempt.
 */
public record ResultRow(int number, QuestionDto question, QuestionResultDto result, String answer, String rightAnswer) {

    /** The rows of a submitted attempt, in the order it showed its questions. */
    public static List<ResultRow> of(AttemptDto attempt) {
        return IntStream.range(0, attempt.questions().size()).mapToObj(i -> {
            QuestionDto question = attempt.questions().get(i);
            QuestionResultDto result = attempt.result().questions().get(i);
            String answer = result.answered() && result.answer() == null ? "Shown later"
                    : QuestionView.describe(question, result.answer());
            return new ResultRow(i + 1, question, result, answer,
                    QuestionView.describeRight(question, result));
        }).toList();
    }
}
