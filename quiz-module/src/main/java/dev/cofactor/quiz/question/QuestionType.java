package dev.cofactor.quiz.question;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum QuestionType {
    @JsonProperty("single_choice") SINGLE_CHOICE,
    @JsonProperty("multiple_response") MULTIPLE_RESPONSE,
    @JsonProperty("true_false") TRUE_FALSE,
    @JsonProperty("matching") MATCHING,
    @JsonProperty("ordering") ORDERING,
    @JsonProperty("short_answer") SHORT_ANSWER,
    @JsonProperty("numeric") NUMERIC
}
