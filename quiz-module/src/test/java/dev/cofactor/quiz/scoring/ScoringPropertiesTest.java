package dev.cofactor.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

    /**
     * The options (choices, items, accepted answers) may reach a key's constructor in any order: the key
     * built from them in another order gives every answer the same score and the same problem. How the
     * learner is shown them is {@code attempt.PresentationPropertiesTest}'s. An ordering key has no such
     * freedom: its order is its answer.
     */
    @Property
    void theOrderAKeyIsGivenItsOptionsInNeverChangesAScore(@ForAll("listed") Listed<?> listed, @ForAll long seed) {
        sameScoreInEveryOrder(listed, seed);
    }

    private static <T> void sameScoreInEveryOrder(Listed<T> listed, long seed) {
        List<T> reordered = Shuffle.of(listed.options(), seed, 1);
        AnswerKey asListed = listed.key().apply(listed.options());
        AnswerKey shuffled = listed.key().apply(reordered);

        assertThat(shuffled.problem(listed.answer())).isEqualTo(asListed.problem(listed.answer()));
        assertThat(shuffled.score(listed.answer())).isEqualTo(asListed.score(listed.answer()));
    }

    /**
     * With partial credit an order scores its longest run of items in the right order relative to each other.
     * Swapping two neighbours that stand the wrong way round never shortens that run: a run holds at most one
     * of the two, and keeps it. (Moving one item to its right place can, see below.) Without partial credit
     * the swap never undoes a right order, which has no such neighbours.
     */
    @Property
    void swappingNeighboursThatAreTheWrongWayRoundNeverLowersAnOrderingScore(@ForAll("orderings") Case scored,
            @ForAll @IntRange(min = 0, max = 100) int pick) {
        AnswerKey.Ordering key = (AnswerKey.Ordering) scored.key();
        List<String> order = ((Answer.Order) scored.answer()).itemIds();
        List<Integer> wrongWayRound = IntStream.range(0, order.size() - 1)
                .filter(i -> key.correctOrder().indexOf(order.get(i)) > key.correctOrder().indexOf(order.get(i + 1)))
                .boxed().toList();
        Assume.that(!wrongWayRound.isEmpty());
        int at = wrongWayRound.get(pick % wrongWayRound.size());
        List<String> swapped = new ArrayList<>(order);
        Collections.swap(swapped, at, at + 1);

        assertThat(key.score(new Answer.Order(swapped))).isGreaterThanOrEqualTo(key.score(scored.answer()));
    }

    @Property
    void onlyTheRightOrderEarnsFullMarks(@ForAll("orderings") Case scored) {
        AnswerKey.Ordering key = (AnswerKey.Ordering) scored.key();

        assertThat(key.score(scored.answer()).equals(Fraction.ONE))
                .isEqualTo(((Answer.Order) scored.answer()).itemIds().equals(key.correctOrder()));
    }

    /** Why the ordering law above is about neighbours: putting one item where it belongs can break a longer run. */
    @Example
    void movingOneItemToItsRightPlaceCanLowerAPartialOrderingScore() {
        AnswerKey.Ordering key = new AnswerKey.Ordering(List.of("a", "b", "c"), true);

        assertThat(key.score(new Answer.Order(List.of("b", "c", "a")))).isEqualTo(Fraction.of(2, 3));
        assertThat(key.score(new Answer.Order(List.of("c", "b", "a")))).isEqualTo(Fraction.of(1, 3)); // b moved to place 2
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

    /** A key's options in the order they are written, how to build the key from them, and an answer to score. */
    record Listed<T>(List<T> options, Function<List<T>, AnswerKey> key, Answer answer) {
    }

    @Provide
    Arbitrary<Listed<?>> listed() {
        Arbitrary<Listed<?>> singleChoice = Arbitraries.integers().between(2, 6).flatMap(n -> {
            List<String> ids = IntStream.range(0, n).mapToObj(i -> "choice" + i).toList();
            return Combinators.combine(Arbitraries.of(ids), Arbitraries.of(ids)).as((correct, picked) ->
                    new Listed<>(ids, order -> new AnswerKey.SingleChoice(order, correct), new Answer.Choice(picked)));
        });
        Arbitrary<Listed<?>> multipleResponse = multipleResponse().flatMap(key -> Arbitraries.subsetOf(key.weights().keySet())
                .map(ticked -> new Listed<>(List.copyOf(key.weights().entrySet()),
                        order -> new AnswerKey.MultipleResponse(inOrder(order)), new Answer.Choices(ticked))));
        Arbitrary<Listed<?>> matching = Arbitraries.integers().between(1, 6).flatMap(n -> {
            List<Map.Entry<String, String>> pairs = IntStream.range(0, n).mapToObj(i -> Map.entry("item" + i, "target" + i % 3))
                    .toList();
            Set<String> targets = Set.of("target0", "target1", "target2");
            return Arbitraries.of(targets).list().ofSize(n).map(chosen -> new Listed<>(pairs,
                    order -> new AnswerKey.Matching(inOrder(order), targets),
                    new Answer.Pairs(IntStream.range(0, n).boxed().collect(Collectors.toMap(i -> "item" + i, chosen::get)))));
        });
        Arbitrary<Listed<?>> shortAnswer = Combinators.combine(
                        Arbitraries.strings().withChars('a', 'b', '*', ' ').ofMinLength(1).ofMaxLength(3)
                                .filter(text -> !text.isBlank()).list().ofMinSize(1).ofMaxSize(5).uniqueElements(),
                        Arbitraries.integers().between(0, 4).list().ofSize(5), Arbitraries.of(true, false),
                        Arbitraries.strings().withChars('a', 'b', 'A', ' ').ofMaxLength(4))
                .as((patterns, quarters, caseSensitive, typed) -> {
                    List<Map.Entry<String, Fraction>> accepted = new ArrayList<>();
                    for (int i = 0; i < patterns.size(); i++) {
                        accepted.add(Map.entry(patterns.get(i), i == 0 ? Fraction.ONE : Fraction.of(quarters.get(i), 4)));
                    }
                    return new Listed<>(accepted, order -> new AnswerKey.ShortAnswer(inOrder(order), caseSensitive),
                            new Answer.Text(typed));
                });
        return Arbitraries.oneOf(singleChoice, multipleResponse, matching, shortAnswer);
    }

    private static <K, V> Map<K, V> inOrder(List<Map.Entry<K, V>> entries) {
        Map<K, V> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    @Provide
    Arbitrary<Case> orderings() {
        return Arbitraries.integers().between(2, 8).flatMap(n -> {
            List<String> steps = IntStream.range(0, n).mapToObj(i -> "step" + i).toList();
            return Arbitraries.shuffle(steps).flatMap(order -> Arbitraries.of(true, false)
                    .map(partial -> new Case(new AnswerKey.Ordering(steps, partial), new Answer.Order(order))));
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.oneOf(
                multipleResponse().flatMap(key -> Arbitraries.subsetOf(key.weights().keySet())
                        .map(ticked -> new Case(key, new Answer.Choices(ticked)))),
                orderings(),
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
