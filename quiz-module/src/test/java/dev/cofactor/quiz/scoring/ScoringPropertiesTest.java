package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws every answer key obeys, checked on generated questions and answers. */
class ScoringPropertiesTest {

    record Case(AnswerKey key, Answer answer) {
    }

    @Property
    void aScoreStaysBetweenZeroAndOne(@ForAll("cases") Case scored) {
        Fraction score = scored.key().score(scored.answer());
        assertThat(score).isBetween(Fraction.ZERO, Fraction.ONE);
    }

    @Property
    void theKeyScoresFullMarks(@ForAll("cases") Case scored) {
        assertThat(scored.key().problem(scored.key().rightAnswer())).isEmpty();
        assertThat(scored.key().score(scored.key().rightAnswer())).isEqualTo(Fraction.ONE);
    }

    @Property
    void shufflingTheChoicesNeverChangesAScore(@ForAll("cases") Case scored, @ForAll long seed) {
        Answer reordered = scored.answer();
        if (reordered instanceof Answer.Choices choices) {
            reordered = new Answer.Choices(new HashSet<>(Shuffle.of(List.copyOf(choices.choiceIds()), seed, 1)));
        } else if (reordered instanceof Answer.Pairs pairs) {
            reordered = new Answer.Pairs(new HashMap<>(Map.copyOf(pairs.targetByItem())));
        }
        assertThat(scored.key().score(reordered)).isEqualTo(scored.key().score(scored.answer()));
    }

    @Property
    void aShuffleIsAPermutationFixedByItsSeed(@ForAll("itemLists") List<String> items, @ForAll long seed) {
        List<String> once = Shuffle.of(items, seed, 7);
        assertThat(once).containsExactlyInAnyOrderElementsOf(items);
        assertThat(Shuffle.of(items, seed, 7)).isEqualTo(once);
    }

    @Property
    void tickingEveryChoiceNeverBeatsTheKey(@ForAll("multipleResponse") AnswerKey.MultipleResponse key) {
        Fraction all = key.score(new Answer.Choices(key.weights().keySet()));
        assertThat(all).isLessThanOrEqualTo(key.score(key.rightAnswer()));
    }

    @Provide
    Arbitrary<List<String>> itemLists() {
        return Arbitraries.integers().between(0, 12).map(n -> IntStream.range(0, n).mapToObj(i -> "item" + i).toList());
    }

    @Provide
    Arbitrary<AnswerKey.MultipleResponse> multipleResponse() {
        Arbitrary<Integer> rightCount = Arbitraries.integers().between(1, 5);
        Arbitrary<List<Integer>> wrongPenalties = Arbitraries.integers().between(0, 100).list().ofMaxSize(4);
        return Combinators.combine(rightCount, wrongPenalties).as((right, penalties) -> {
            Map<String, Fraction> weights = new HashMap<>();
            for (int i = 0; i < right; i++) {
                weights.put("right" + i, Fraction.of(1, right));
            }
            for (int i = 0; i < penalties.size(); i++) {
                weights.put("wrong" + i, Fraction.of(-penalties.get(i), 100));
            }
            return new AnswerKey.MultipleResponse(weights);
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.oneOf(
                multipleResponse().flatMap(key -> Arbitraries.subsetOf(key.weights().keySet())
                        .map(ticked -> new Case(key, new Answer.Choices(ticked)))),
                Arbitraries.integers().between(2, 8).flatMap(n -> {
                    List<String> steps = IntStream.range(0, n).mapToObj(i -> "step" + i).toList();
                    return Arbitraries.shuffle(steps).flatMap(order -> Arbitraries.of(true, false)
                            .map(partial -> new Case(new AnswerKey.Ordering(steps, partial), new Answer.Order(order))));
                }),
                Arbitraries.integers().between(1, 6).flatMap(n -> {
                    Map<String, String> correct = new HashMap<>();
                    List<String> targets = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        correct.put("item" + i, "target" + i);
                        targets.add("target" + i);
                    }
                    AnswerKey.Matching key = new AnswerKey.Matching(correct, Set.copyOf(targets));
                    return Arbitraries.of(targets).list().ofSize(n).map(chosen -> {
                        Map<String, String> pairs = new HashMap<>();
                        for (int i = 0; i < n; i++) {
                            pairs.put("item" + i, chosen.get(i));
                        }
                        return new Case(key, new Answer.Pairs(pairs));
                    });
                }),
                Arbitraries.strings().ofMaxLength(20).map(text -> new Case(
                        new AnswerKey.ShortAnswer(Map.of("GluN1", Fraction.ONE, "Glu*", Fraction.of(1, 2)), false),
                        new Answer.Text(text))));
    }
}
