package dev.cofactor.quiz.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner committed for one question, one shape per question type. Code that handles every
 * shape is a {@link Visitor}, so that a new shape is a compile error wherever it is not handled yet.
 */
public sealed interface Answer {

    <R> R accept(Visitor<R> visitor);

    /** One method per shape of answer. */
    interface Visitor<R> {
        R choice(String choiceId);

        R choices(Set<String> choiceIds);

        R truth(boolean value);

        R pairs(Map<String, String> targetByItem);

        R order(List<String> itemIds);

        R text(String text);

        R number(BigDecimal value);
    }

    /** Single choice: the one choice picked. */
    record Choice(String choiceId) implements Answer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(choiceId);
        }
    }

    /** Multiple response: every choice ticked (possibly none). */
    record Choices(Set<String> choiceIds) implements Answer {
        public Choices {
            choiceIds = Set.copyOf(choiceIds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choices(choiceIds);
        }
    }

    /** True/false. */
    record Truth(boolean value) implements Answer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.truth(value);
        }
    }

    /** Matching: the target chosen for each item. */
    record Pairs(Map<String, String> targetByItem) implements Answer {
        public Pairs {
            targetByItem = Map.copyOf(targetByItem);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pairs(targetByItem);
        }
    }

    /** Ordering: the items in the order the learner put them. */
    record Order(List<String> itemIds) implements Answer {
        public Order {
            itemIds = List.copyOf(itemIds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.order(itemIds);
        }
    }

    /** Short answer: the text typed. */
    record Text(String text) implements Answer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(text);
        }
    }

    /** Numeric: the number typed. */
    record Number(BigDecimal value) implements Answer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.number(value);
        }
    }
}
