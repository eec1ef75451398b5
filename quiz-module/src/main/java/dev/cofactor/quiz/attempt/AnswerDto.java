package dev.cofactor.quiz.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Answer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An answer as the JSON API carries it, one field per question type: {@code {"choiceId": …}},
 * {@code {"choiceIds": […]}}, {@code {"value": true}}, {@code {"pairs": {…}}}, {@code {"order": […]}},
 * {@code {"text": "…"}} or {@code {"number": 1.5}}. Stored answers have their own shape ({@link StoredAnswer}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerDto(String choiceId, List<String> choiceIds, Boolean value, Map<String, String> pairs,
        List<String> order, String text, BigDecimal number) {

    /** The scoring core's answer, if this JSON has exactly the shape the question type takes. */
    public Optional<Answer> toAnswer(QuestionType type) {
        return toAnswer().filter(type::takes);
    }

    /** The scoring core's answer, if exactly one field is given and it is well formed. */
    public Optional<Answer> toAnswer() {
        return read(choiceId, choiceIds, value, pairs, order, text, number);
    }

    /** Reads the one given field of an answer's JSON form (the API's or the stored one) as the core's answer. */
    static Optional<Answer> read(String choiceId, List<String> choiceIds, Boolean value, Map<String, String> pairs,
            List<String> order, String text, BigDecimal number) {
        if (Stream.of(choiceId, choiceIds, value, pairs, order, text, number).filter(Objects::nonNull).count() != 1) {
            return Optional.empty();
        } else if (choiceId != null) {
            return Optional.of(new Answer.Choice(choiceId));
        } else if (choiceIds != null) {
            return hasNull(choiceIds) || Set.copyOf(choiceIds).size() != choiceIds.size() ? Optional.empty()
                    : Optional.of(new Answer.Choices(Set.copyOf(choiceIds)));
        } else if (value != null) {
            return Optional.of(new Answer.Truth(value));
        } else if (pairs != null) {
            return hasNull(pairs.values()) ? Optional.empty() : Optional.of(new Answer.Pairs(pairs));
        } else if (order != null) {
            return hasNull(order) ? Optional.empty() : Optional.of(new Answer.Order(order));
        }
        return Optional.of(text != null ? new Answer.Text(text) : new Answer.Number(number));
    }

    /** Whether a list holds a null (JSON's {@code [null]}); immutable collections refuse {@code contains(null)}. */
    private static boolean hasNull(Collection<?> values) {
        return values.stream().anyMatch(Objects::isNull);
    }

    public static AnswerDto from(Answer answer) {
        return answer.accept(new Answer.Visitor<>() {
            @Override
            public AnswerDto choice(String choiceId) {
                return new AnswerDto(choiceId, null, null, null, null, null, null);
            }

            @Override
            public AnswerDto choices(Set<String> choiceIds) {
                return new AnswerDto(null, choiceIds.stream().sorted().toList(), null, null, null, null, null);
            }

            @Override
            public AnswerDto truth(boolean value) {
                return new AnswerDto(null, null, value, null, null, null, null);
            }

            @Override
            public AnswerDto pairs(Map<String, String> targetByItem) {
                return new AnswerDto(null, null, null, new TreeMap<>(targetByItem), null, null, null);
            }

            @Override
            public AnswerDto order(List<String> itemIds) {
                return new AnswerDto(null, null, null, null, itemIds, null, null);
            }

            @Override
            public AnswerDto text(String text) {
                return new AnswerDto(null, null, null, null, null, text, null);
            }

            @Override
            public AnswerDto number(BigDecimal value) {
                return new AnswerDto(null, null, null, null, null, null, value);
            }
        });
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
