package dev.cofactor.quiz.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Answer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An answer as JSON carries it, one field per question type: {@code {"choiceId": …}},
 * {@code {"choiceIds": […]}}, {@code {"value": true}}, {@code {"pairs": {…}}}, {@code {"order": […]}},
 * {@code {"text": "…"}} or {@code {"number": 1.5}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerDto(String choiceId, List<String> choiceIds, Boolean value, Map<String, String> pairs,
        List<String> order, String text, BigDecimal number) {

    /** The scoring core's answer, if this JSON has exactly the shape the question type takes. */
    public Optional<Answer> toAnswer(QuestionType type) {
        long given = Stream.of(choiceId, choiceIds, value, pairs, order, text, number).filter(Objects::nonNull).count();
        if (given != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (type) {
            case SINGLE_CHOICE -> choiceId == null ? null : new Answer.Choice(choiceId);
            case MULTIPLE_RESPONSE -> choiceIds == null || choiceIds.contains(null) || Set.copyOf(choiceIds).size() != choiceIds.size()
                    ? null : new Answer.Choices(Set.copyOf(choiceIds));
            case TRUE_FALSE -> value == null ? null : new Answer.Truth(value);
            case MATCHING -> pairs == null || pairs.containsValue(null) ? null : new Answer.Pairs(pairs);
            case ORDERING -> order == null || order.contains(null) ? null : new Answer.Order(order);
            case SHORT_ANSWER -> text == null ? null : new Answer.Text(text);
            case NUMERIC -> number == null ? null : new Answer.Number(number);
        });
    }

    public static AnswerDto from(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return new AnswerDto(choice.choiceId(), null, null, null, null, null, null);
        } else if (answer instanceof Answer.Choices choices) {
            return new AnswerDto(null, choices.choiceIds().stream().sorted().toList(), null, null, null, null, null);
        } else if (answer instanceof Answer.Truth truth) {
            return new AnswerDto(null, null, truth.value(), null, null, null, null);
        } else if (answer instanceof Answer.Pairs pairs) {
            return new AnswerDto(null, null, null, new TreeMap<>(pairs.targetByItem()), null, null, null);
        } else if (answer instanceof Answer.Order order) {
            return new AnswerDto(null, null, null, null, order.itemIds(), null, null);
        } else if (answer instanceof Answer.Text text) {
            return new AnswerDto(null, null, null, null, null, text.text(), null);
        }
        return new AnswerDto(null, null, null, null, null, null, ((Answer.Number) answer).value());
    }

    /** What each type's answer looks like, for error messages. */
    public static String shapeOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "{\"choiceId\": \"…\"}";
            case MULTIPLE_RESPONSE -> "{\"choiceIds\": [\"…\"]}";
            case TRUE_FALSE -> "{\"value\": true or false}";
            case MATCHING -> "{\"pairs\": {\"itemId\": \"targetId\"}}";
            case ORDERING -> "{\"order\": [\"itemId\", …]}";
            case SHORT_ANSWER -> "{\"text\": \"…\"}";
            case NUMERIC -> "{\"number\": 1.5}";
        };
    }
}
