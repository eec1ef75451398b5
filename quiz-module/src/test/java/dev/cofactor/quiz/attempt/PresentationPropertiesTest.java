package dev.cofactor.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Shuffle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A learner who picks the same options gets the same score, however the question lists its options and
 * however an attempt shows them: its own opaque ids ({@link OptionIds}, from the attempt's secret key) and
 * its own order ({@link Shuffle}, from the attempt's seed), as {@code AttemptService} shows a question.
 * The learner answers in shown ids, in the order the options stand on screen; the answer goes the way
 * {@code AttemptService.saveAnswer} takes it (shape, then stored ids) and is scored by the key of the
 * question as stored, its options in another order.
 */
class PresentationPropertiesTest {

    /** A question, what the learner means to answer (by stored ids), and how an attempt lists and shows it. */
    record Shown(QuestionSpec spec, Answer meant, long relistSeed, byte[] attemptKey, long attemptSeed) {
    }

    @Property(tries = 500)
    void howAQuestionListsAndShowsItsOptionsNeverChangesAScore(@ForAll("shown") Shown shown) {
        QuestionSpec relisted = relisted(shown.spec(), shown.relistSeed());
        OptionIds ids = OptionIds.of(shown.attemptKey(), relisted);
        AnswerDto typed = asTyped(shown.meant(), relisted, ids, shown.attemptSeed());

        Answer saved = typed.toAnswer(relisted.type()).flatMap(shaped -> ids.stored(AnswerDto.from(shaped)))
                .flatMap(stored -> stored.toAnswer(relisted.type())).orElseThrow();

        assertThat(saved).isEqualTo(shown.meant());
        assertThat(relisted.key().problem(saved)).isEmpty();
        assertThat(relisted.key().score(saved)).isEqualTo(shown.spec().key().score(shown.meant()));
    }

    /** The same question with its choices, items and targets listed in another order (an ordering's items stay: they are its key). */
    private static QuestionSpec relisted(QuestionSpec spec, long seed) {
        return new QuestionSpec(spec.id(), spec.type(), spec.stem(), spec.points(), spec.tags(), spec.evidence(), spec.quote(),
                spec.feedback(), shuffled(spec.choices(), seed, 1),
                spec.type() == QuestionType.ORDERING ? spec.items() : shuffled(spec.items(), seed, 2),
                shuffled(spec.targets(), seed, 3), spec.accepted(), spec.caseSensitive(), spec.partialCredit(), spec.correct(),
                spec.value(), spec.tolerance(), spec.trueFeedback(), spec.falseFeedback());
    }

    private static <T> List<T> shuffled(List<T> options, long seed, long salt) {
        return options == null ? null : Shuffle.of(options, seed, salt);
    }

    /**
     * The answer as the learner sends it: shown ids, in the order the options stand on screen (choices, items
     * and targets each shuffled by the attempt's seed).
     */
    private static AnswerDto asTyped(Answer meant, QuestionSpec spec, OptionIds ids, long seed) {
        if (meant instanceof Answer.Choice choice) {
            return new AnswerDto(ids.choice(choice.choiceId()), null, null, null, null, null, null);
        } else if (meant instanceof Answer.Choices choices) {
            List<String> ticked = onScreen(spec.choices(), seed, 11).stream().filter(choices.choiceIds()::contains)
                    .map(ids::choice).toList();
            return new AnswerDto(null, ticked, null, null, null, null, null);
        } else if (meant instanceof Answer.Pairs pairs) {
            Map<String, String> matched = new LinkedHashMap<>();
            onScreen(spec.items(), seed, 12).stream().filter(pairs.targetByItem()::containsKey)
                    .forEach(item -> matched.put(ids.item(item), ids.target(pairs.targetByItem().get(item))));
            return new AnswerDto(null, null, null, matched, null, null, null);
        }
        List<String> order = ((Answer.Order) meant).itemIds();
        return new AnswerDto(null, null, null, null, order.stream().map(ids::item).toList(), null, null);
    }

    private static List<String> onScreen(List<Option> options, long seed, long salt) {
        return Shuffle.of(options.stream().map(Option::id).toList(), seed, salt);
    }

    @Provide
    Arbitrary<Shown> shown() {
        Arbitrary<byte[]> attemptKey = Arbitraries.bytes().array(byte[].class).ofSize(32);
        return Combinators.combine(Arbitraries.oneOf(singleChoice(), multipleResponse(), matching(), ordering()),
                        Arbitraries.longs(), attemptKey, Arbitraries.longs())
                .as((meant, relistSeed, key, attemptSeed) -> new Shown(meant.spec(), meant.answer(), relistSeed, key,
                        attemptSeed));
    }

    record Meant(QuestionSpec spec, Answer answer) {
    }

    private static QuestionSpec spec(QuestionType type, List<Option> choices, List<Option> items, List<Option> targets,
            Boolean partialCredit) {
        return new QuestionSpec("q", type, "Stem", null, null, "section", null, null, choices, items, targets, null, null,
                partialCredit, null, null, null, null, null);
    }

    private static Arbitrary<Meant> singleChoice() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(Arbitraries.integers().between(0, n - 1),
                Arbitraries.integers().between(0, n - 1)).as((right, picked) -> new Meant(spec(QuestionType.SINGLE_CHOICE,
                IntStream.range(0, n).mapToObj(i -> new Option("c" + i, "Choice " + i, i == right ? "1" : "0", null, null))
                        .toList(), null, null, null), new Answer.Choice("c" + picked))));
    }

    /** Right choices sharing 1 in equal parts, wrong ones taking away up to all of it. */
    private static Arbitrary<Meant> multipleResponse() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 4).list().ofMaxSize(4))
                .as((right, penalties) -> {
                    List<Option> choices = new ArrayList<>();
                    IntStream.range(0, right).forEach(i -> choices.add(new Option("r" + i, "Right " + i,
                            Fraction.of(1, right).toString(), null, null)));
                    IntStream.range(0, penalties.size()).forEach(i -> choices.add(new Option("w" + i, "Wrong " + i,
                            Fraction.of(-penalties.get(i), 4).toString(), null, null)));
                    return choices;
                })
                .filter(choices -> choices.size() >= 2)
                .flatMap(choices -> Arbitraries.subsetOf(choices.stream().map(Option::id).toList()).map(ticked -> new Meant(
                        spec(QuestionType.MULTIPLE_RESPONSE, choices, null, null, null), new Answer.Choices(ticked))));
    }

    /** Items each matching one of the targets (some perhaps unused); the learner matches some items, rightly or not. */
    private static Arbitrary<Meant> matching() {
        return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(2, 5)).as(Tuple::of)
                .flatMap(sizes -> {
                    List<Option> items = IntStream.range(0, sizes.get1())
                            .mapToObj(i -> new Option("i" + i, "Item " + i, null, "t" + i % sizes.get2(), null)).toList();
                    List<Option> targets = IntStream.range(0, sizes.get2())
                            .mapToObj(i -> new Option("t" + i, "Target " + i, null, null, null)).toList();
                    return Arbitraries.of(targets.stream().map(Option::id).toList()).injectNull(0.2).list().ofSize(items.size())
                            .map(chosen -> new Meant(spec(QuestionType.MATCHING, null, items, targets, null), new Answer.Pairs(
                                    IntStream.range(0, items.size()).filter(i -> chosen.get(i) != null).boxed()
                                            .collect(Collectors.toMap(i -> items.get(i).id(), chosen::get)))));
                });
    }

    private static Arbitrary<Meant> ordering() {
        return Combinators.combine(Arbitraries.integers().between(3, 7), Arbitraries.of(true, false).injectNull(0.3))
                .as((n, partialCredit) -> spec(QuestionType.ORDERING, null, IntStream.range(0, n)
                        .mapToObj(i -> new Option("s" + i, "Step " + i, null, null, null)).toList(), null, partialCredit))
                .flatMap(spec -> Arbitraries.shuffle(spec.items().stream().map(Option::id).toList())
                        .map(order -> new Meant(spec, new Answer.Order(order))));
    }
}
