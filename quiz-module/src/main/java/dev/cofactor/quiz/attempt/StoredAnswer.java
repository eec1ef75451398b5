package dev.cofactor.quiz.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cofactor.quiz.StoredJsonMapper;
import dev.cofactor.quiz.scoring.Answer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An answer as {@code response.answer} (jsonb) keeps it, by the ids the question stores (never the ids an
 * attempt shows). Version {@code v} 1 holds exactly one of the fields, as the API's first answers did;
 * rows written before the version was recorded are version 1. The API's {@link AnswerDto} may change
 * without touching stored answers; this shape changes only with a new version that reads the older ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredAnswer(Integer v, String choiceId, List<String> choiceIds, Boolean value, Map<String, String> pairs,
        List<String> order, String text, BigDecimal number) {

    public static final int VERSION = 1;

    public static StoredAnswer of(Answer answer) {
        return answer.accept(new Answer.Visitor<>() {
            @Override
            public StoredAnswer choice(String choiceId) {
                return new StoredAnswer(VERSION, choiceId, null, null, null, null, null, null);
            }

            @Override
            public StoredAnswer choices(Set<String> choiceIds) {
                return new StoredAnswer(VERSION, null, choiceIds.stream().sorted().toList(), null, null, null, null, null);
            }

            @Override
            public StoredAnswer truth(boolean value) {
                return new StoredAnswer(VERSION, null, null, value, null, null, null, null);
            }

            @Override
            public StoredAnswer pairs(Map<String, String> targetByItem) {
                return new StoredAnswer(VERSION, null, null, null, new TreeMap<>(targetByItem), null, null, null);
            }

            @Override
            public StoredAnswer order(List<String> itemIds) {
                return new StoredAnswer(VERSION, null, null, null, null, itemIds, null, null);
            }

            @Override
            public StoredAnswer text(String text) {
                return new StoredAnswer(VERSION, null, null, null, null, null, text, null);
            }

            @Override
            public StoredAnswer number(BigDecimal value) {
                return new StoredAnswer(VERSION, null, null, null, null, null, null, value);
            }
        });
    }

    /** A stored answer as a query read its JSON text; empty for none (null). */
    public static Optional<StoredAnswer> parse(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StoredJsonMapper.MAPPER.readValue(json, StoredAnswer.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scoring core's answer; empty if the stored JSON is not a well-formed version 1 answer. */
    public Optional<Answer> answer() {
        if (v != null && v != VERSION) {
            return Optional.empty();
        }
        return AnswerDto.read(choiceId, choiceIds, value, pairs, order, text, number);
    }
}
