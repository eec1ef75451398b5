package dev.cofactor.web.quiz;

import dev.cofactor.quiz.Refusal;
import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.web.TypedNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a question page's form, as a browser without JavaScript posts it, into the answer the JSON
 * API takes. Returns empty when the form gives nothing for this question (nothing chosen, ticked or typed).
 */
final class AnswerForm {

    private AnswerForm() {
    }

    static Optional<AnswerDto> read(QuestionDto question, MultivaluedMap<String, String> form) {
        return Optional.ofNullable(switch (question.type()) {
            case SINGLE_CHOICE -> blankToNull(form.getFirst("choice")) == null ? null
                    : new AnswerDto(form.getFirst("choice"), null, null, null, null, null, null);
            case MULTIPLE_RESPONSE -> {
                List<String> ticked = form.getOrDefault("choices", List.of()).stream().filter(id -> !id.isBlank()).toList();
                yield ticked.isEmpty() ? null : new AnswerDto(null, ticked, null, null, null, null, null);
            }
            case TRUE_FALSE -> blankToNull(form.getFirst("value")) == null ? null
                    : new AnswerDto(null, null, Boolean.valueOf(form.getFirst("value")), null, null, null, null);
            case MATCHING -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                question.items().forEach(item -> {
                    String target = blankToNull(form.getFirst("pair-" + item.id()));
                    if (target != null) {
                        pairs.put(item.id(), target);
                    }
                });
                yield pairs.isEmpty() ? null : new AnswerDto(null, null, null, pairs, null, null, null);
            }
            // the order shown is the learner's once the form is posted, moved or not, as any other answer
            case ORDERING -> form.containsKey("order")
                    ? new AnswerDto(null, null, null, null, moved(form.get("order"), form.getFirst("move")), null, null)
                    : null;
            case SHORT_ANSWER -> blankToNull(form.getFirst("text")) == null ? null
                    : new AnswerDto(null, null, null, null, null, form.getFirst("text"), null);
            case NUMERIC -> blankToNull(form.getFirst("number")) == null ? null
                    : new AnswerDto(null, null, null, null, null, null, number(form.getFirst("number")));
        });
    }

    /** The order after a "move up" or "move down" button: {@code itemId:up}. */
    static List<String> moved(List<String> order, String move) {
        List<String> result = new ArrayList<>(order);
        if (move == null || !move.contains(":")) {
            return result;
        }
        String id = move.substring(0, move.lastIndexOf(':'));
        int from = result.indexOf(id);
        int to = move.endsWith(":up") ? from - 1 : from + 1;
        if (from >= 0 && to >= 0 && to < result.size()) {
            Collections.swap(result, from, to);
        }
        return result;
    }

    /** The number typed, with a comma or a point; refused, in words for the field, when it is not one. */
    static BigDecimal number(String text) {
        try {
            return TypedNumbers.decimal(text);
        } catch (TypedNumbers.NotANumber notANumber) {
            throw new Refusal.BadInput(notANumber.getMessage() + " Enter a number, like 3 or 2.5.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
