package dev.cofactor.quiz.question;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cofactor.quiz.scoring.Answer;

/** The kinds of question, each answered by one shape of {@link Answer}. */
public enum QuestionType {
    @JsonProperty("single_choice") SINGLE_CHOICE(Answer.Choice.class),
    @JsonProperty("multiple_response") MULTIPLE_RESPONSE(Answer.Choices.class),
    @JsonProperty("true_false") TRUE_FALSE(Answer.Truth.class),
    @JsonProperty("matching") MATCHING(Answer.Pairs.class),
    @JsonProperty("ordering") ORDERING(Answer.Order.class),
    @JsonProperty("short_answer") SHORT_ANSWER(Answer.Text.class),
    @JsonProperty("numeric") NUMERIC(Answer.Number.class);

    private final Class<? extends Answer> answer;

    QuestionType(Class<? extends Answer> answer) {
        this.answer = answer;
    }

    /** Whether an answer has the shape this type takes. */
    public boolean takes(Answer given) {
        return answer.isInstance(given);
    }
}
