package dev.cofactor.quiz.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner committed for one question, one shape per question type. */
public sealed interface Answer {

    /** Single choice: the one choice picked. */
    record Choice(String choiceId) implements Answer {
    }

    /** Multiple response: every choice ticked (possibly none). */
    record Choices(Set<String> choiceIds) implements Answer {
        public Choices {
            choiceIds = Set.copyOf(choiceIds);
        }
    }

    /** True/false. */
    record Truth(boolean value) implements Answer {
    }

    /** Matching: the target chosen for each item. */
    record Pairs(Map<String, String> targetByItem) implements Answer {
        public Pairs {
            targetByItem = Map.copyOf(targetByItem);
        }
    }

    /** Ordering: the items in the order the learner put them. */
    record Order(List<String> itemIds) implements Answer {
        public Order {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Short answer: the text typed. */
    record Text(String text) implements Answer {
    }

    /** Numeric: the number typed. */
    record Number(BigDecimal value) implements Answer {
    }
}
