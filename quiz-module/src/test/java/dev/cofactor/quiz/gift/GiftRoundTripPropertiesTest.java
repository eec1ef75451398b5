package dev.cofactor.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated questions of every type GIFT can carry, written by {@link GiftWriter} and read back by
 * {@link GiftParser}. Texts are built from GIFT's special characters ({@code ~ = # { } :} and backslashes),
 * the parser's own markers ({@code ::}, {@code ####}, {@code ->}, {@code %50%}, format tags, {@code _____}),
 * Markdown, HTML, unicode and line breaks.
 *
 * <p>GIFT trims every text (Moodle does too), so {@link #writable()} makes texts with nothing to trim at
 * their ends, and {@link #whatGiftChangesIsOnlyWhatTheWriterSaysItChanges} adds such spaces, with the other
 * changes the writer documents, and checks that nothing else changes. What the writer refuses is generated
 * on purpose by {@link #refused()}, and its refusal is checked.
 */
class GiftRoundTripPropertiesTest {

    @Property(tries = 300)
    void everyWritableQuestionComesBackTheSame(@ForAll("writable") Exportable question) {
        assertThat(GiftParser.problemsOfDraft(question.spec())).as("a valid question").isEmpty();
        GiftExport export = GiftWriter.write(List.of(question));
        assertThat(export.notExported()).as(export.text()).isEmpty();

        GiftDocument.Imported back = only(export.text());

        // QuestionSpec.sameAs, spelled out so that a failure shows the difference
        assertThat(back.spec().canonical()).as(export.text()).isEqualTo(question.spec().canonical());
        assertThat(back.articleSlug()).as("the article is written with the evidence anchor only")
                .isEqualTo(question.spec().evidence() == null ? null : question.articleSlug());
        assertThat(GiftWriter.write(List.of(Exportable.of(back))).text()).as("writing what was read")
                .isEqualTo(export.text());

        Statistics.collect(question.spec().type()); // every type is really tried
        Statistics.coverage(coverage -> WRITABLE.forEach(type -> coverage.check(type).percentage(percent -> percent > 2)));
    }

    private static final List<QuestionType> WRITABLE = List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE, QuestionType.MATCHING, QuestionType.SHORT_ANSWER, QuestionType.NUMERIC);

    @Property(tries = 60)
    void aFileOfQuestionsComesBackInItsOrder(@ForAll("files") List<Exportable> questions) {
        GiftExport export = GiftWriter.write(questions);
        assertThat(export.notExported()).as(export.text()).isEmpty();

        GiftDocument read = GiftParser.parse(export.text());

        assertThat(read.errors()).as(export.text()).isEmpty();
        assertThat(read.skipped()).as(export.text()).isEmpty();
        assertThat(read.questions().stream().map(imported -> imported.spec().canonical()).toList()).as(export.text())
                .containsExactlyElementsOf(questions.stream().map(question -> question.spec().canonical()).toList());
    }

    /**
     * What GIFT does not carry, as the writer's Javadoc lists it: spaces and line breaks at the ends of a
     * text, carriage returns (a CRLF in a text reads as a line break), a tag given twice, the weights of a single choice's wrong
     * choices, and a blank evidence anchor (a draft, as {@link QuestionSpec#canonical()} has it). The same
     * question with all of that comes back as the question without it.
     */
    @Property(tries = 300)
    void whatGiftChangesIsOnlyWhatTheWriterSaysItChanges(@ForAll("messy") Messy question) {
        assertThat(GiftParser.problemsOfDraft(question.messy().spec())).as("a valid question").isEmpty();
        GiftExport export = GiftWriter.write(List.of(question.messy()));
        assertThat(export.notExported()).as(export.text()).isEmpty();

        GiftDocument.Imported back = only(export.text());

        assertThat(back.spec().canonical()).as(export.text()).isEqualTo(question.clean().spec().canonical());
    }

    @Property(tries = 200)
    void aQuestionTheWriterRefusesIsListedWithItsReasonAndNotWritten(@ForAll("refused") Refused question) {
        String id = question.question().spec().id();

        GiftExport export = GiftWriter.write(List.of(question.question()));

        assertThat(export.notExported()).containsExactly(id);
        assertThat(export.text()).startsWith("// Not exported:\n// " + id + ": ").contains(question.reason())
                .doesNotContain("::" + id + "::");
        assertThat(GiftParser.parse(export.text()).questions()).isEmpty();
    }

    private static GiftDocument.Imported only(String gift) {
        GiftDocument read = GiftParser.parse(gift);
        assertThat(read.errors()).as(gift).isEmpty();
        assertThat(read.skipped()).as(gift).isEmpty();
        assertThat(read.questions()).as(gift).hasSize(1);
        return read.questions().get(0);
    }

    // ---- questions the writer writes

    @Provide
    Arbitrary<Exportable> writable() {
        return Arbitraries.oneOf(singleChoice(), multipleResponse(), trueFalse(), matching(), shortAnswer(), numeric());
    }

    @Provide
    Arbitrary<List<Exportable>> files() {
        return writable().list().ofMinSize(2).ofMaxSize(5).uniqueElements(question -> question.spec().id());
    }

    /** What every question has besides its answers. */
    record Common(String id, String stem, Integer points, List<String> tags, String evidence, String articleSlug,
            String quote, String feedback) {
    }

    /** The fields of one question type. */
    record Body(QuestionType type, List<Option> choices, List<Option> items, List<Option> targets, List<Accepted> accepted,
            Boolean caseSensitive, Boolean correct, BigDecimal value, BigDecimal tolerance, String trueFeedback,
            String falseFeedback) {

        static Body choices(QuestionType type, List<Option> choices) {
            return new Body(type, choices, null, null, null, null, null, null, null, null, null);
        }
    }

    private static Arbitrary<Exportable> question(Arbitrary<Body> bodies) {
        return Combinators.combine(common(), bodies).as((common, body) -> new Exportable(common.articleSlug(),
                new QuestionSpec(common.id(), body.type(), common.stem(), common.points(), common.tags(), common.evidence(),
                        common.quote(), common.feedback(), body.choices(), body.items(), body.targets(), body.accepted(),
                        body.caseSensitive(), null, body.correct(), body.value(), body.tolerance(), body.trueFeedback(),
                        body.falseFeedback())));
    }

    private static Arbitrary<Common> common() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("-", words));
        Arbitrary<Integer> points = Arbitraries.integers().between(1, 100).injectNull(0.4);
        Arbitrary<List<String>> tags = text().filter(tag -> tag.length() <= 40).list().ofMaxSize(3).uniqueElements()
                .injectNull(0.3);
        Arbitrary<String> evidence = Arbitraries.oneOf(slug(), Arbitraries.of("a#b", "x]y", "back\\slash", "größe", "s:1"))
                .injectNull(0.3);
        return Combinators.combine(id, stem(), points, tags, evidence, slug().injectNull(0.3), text().injectNull(0.5),
                text().injectNull(0.5)).as(Common::new);
    }

    /** A stem, now and then with the missing word's blank at its start, in its middle or at its end. */
    private static Arbitrary<String> stem() {
        return Arbitraries.oneOf(text(), Combinators.combine(text(), text()).as((before, after) -> before + " _____ " + after),
                text().map(before -> before + " _____"), text().map(after -> "_____ " + after));
    }

    private static Arbitrary<Exportable> singleChoice() {
        return question(Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(text().list().ofSize(n),
                        text().injectNull(0.5).list().ofSize(n), ids(n, GiftParser::letters),
                        Arbitraries.integers().between(0, n - 1), spellings(Fraction.ONE),
                        spellings(Fraction.ZERO).list().ofSize(n))
                .as((texts, feedbacks, ids, right, one, zeros) -> Body.choices(QuestionType.SINGLE_CHOICE,
                        IntStream.range(0, n).mapToObj(i -> new Option(ids.get(i), texts.get(i), i == right ? one : zeros.get(i),
                                null, feedbacks.get(i))).toList()))));
    }

    private static Arbitrary<Exportable> multipleResponse() {
        return question(Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(text().list().ofSize(n),
                        text().injectNull(0.5).list().ofSize(n), ids(n, GiftParser::letters), weights(n))
                .as((texts, feedbacks, ids, weights) -> Body.choices(QuestionType.MULTIPLE_RESPONSE,
                        IntStream.range(0, n).mapToObj(i -> new Option(ids.get(i), texts.get(i), weights.get(i), null,
                                feedbacks.get(i))).toList()))));
    }

    /**
     * n weights, in any spelling {@link Fraction#parse} reads, whose positive ones add up to exactly 1 and
     * each of which is a grade Moodle offers (n/d for d in 1..10 or 20), so that it has a GIFT percentage.
     */
    private static Arbitrary<List<String>> weights(int n) {
        return Arbitraries.integers().between(1, n)
                .flatMap(positives -> Arbitraries.of(MOODLE_DENOMINATORS).filter(d -> d >= positives)
                        .flatMap(d -> Combinators.combine(parts(d, positives), grades(-1).list().ofSize(n - positives))
                                .as((parts, others) -> {
                                    List<Fraction> weights = new ArrayList<>();
                                    parts.forEach(part -> weights.add(Fraction.of(part, d)));
                                    weights.addAll(others);
                                    return weights;
                                })))
                .flatMap(Arbitraries::shuffle)
                .flatMap(weights -> Combinators.combine(weights.stream().map(GiftRoundTripPropertiesTest::spellings).toList())
                        .as(List::copyOf));
    }

    /** k positive whole numbers adding up to total. */
    private static Arbitrary<List<Integer>> parts(int total, int k) {
        if (k == 1) {
            return Arbitraries.just(List.of(total));
        }
        return Arbitraries.integers().between(1, total - 1).set().ofSize(k - 1).map(cuts -> {
            List<Integer> sorted = cuts.stream().sorted().toList();
            List<Integer> parts = new ArrayList<>();
            int previous = 0;
            for (int cut : sorted) {
                parts.add(cut - previous);
                previous = cut;
            }
            parts.add(total - previous);
            return parts;
        });
    }

    /** A grade Moodle offers, from 0 to 1 or (sign -1) from -1 to 0. */
    private static Arbitrary<Fraction> grades(int sign) {
        return Arbitraries.of(MOODLE_DENOMINATORS)
                .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Fraction.of(sign * n, d)));
    }

    private static Arbitrary<Exportable> trueFalse() {
        return question(Combinators.combine(Arbitraries.of(true, false), text().injectNull(0.5), text().injectNull(0.5))
                .as((correct, trueFeedback, falseFeedback) -> new Body(QuestionType.TRUE_FALSE, null, null, null, null, null,
                        correct, null, null, trueFeedback, falseFeedback)));
    }

    private static Arbitrary<Exportable> matching() {
        Arbitrary<String> itemText = text().filter(text -> !text.contains("->"));
        return question(Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(2, 5))
                .as(Tuple::of)
                .flatMap(sizes -> Combinators.combine(itemText.list().ofSize(sizes.get1()),
                                text().list().ofSize(sizes.get2()).uniqueElements(), ids(sizes.get1(), GiftParser::letters),
                                ids(sizes.get2(), index -> "t" + (index + 1)),
                                Arbitraries.integers().between(0, sizes.get2() - 1).list().ofSize(sizes.get1()))
                        .as((itemTexts, targetTexts, itemIds, targetIds, matches) -> new Body(QuestionType.MATCHING, null,
                                IntStream.range(0, itemTexts.size()).mapToObj(i -> new Option(itemIds.get(i), itemTexts.get(i),
                                        null, targetIds.get(matches.get(i)), null)).toList(),
                                IntStream.range(0, targetTexts.size()).mapToObj(i -> new Option(targetIds.get(i),
                                        targetTexts.get(i), null, null, null)).toList(),
                                null, null, null, null, null, null, null))));
    }

    /** Accepted texts are distinct: {@link QuestionSpec#key()} keeps only the last weight of a text given twice. */
    private static Arbitrary<Exportable> shortAnswer() {
        return question(Arbitraries.integers().between(1, 4).flatMap(n -> Combinators.combine(
                        text().filter(text -> !text.contains("->")).list().ofSize(n).uniqueElements(), grades(1).list().ofSize(n),
                        Arbitraries.integers().between(0, n - 1), Arbitraries.of(true, false).injectNull(0.3))
                .as((texts, weights, full, caseSensitive) -> new Body(QuestionType.SHORT_ANSWER, null, null, null,
                        IntStream.range(0, n).mapToObj(i -> new Accepted(texts.get(i),
                                (i == full ? Fraction.ONE : weights.get(i)).toString())).toList(),
                        caseSensitive, null, null, null, null, null))));
    }

    private static Arbitrary<Exportable> numeric() {
        return question(Combinators.combine(number(), number().map(BigDecimal::abs).injectNull(0.3))
                .as((value, tolerance) -> new Body(QuestionType.NUMERIC, null, null, null, null, null, null, value, tolerance,
                        null, null)));
    }

    /** A number the key accepts: under 10^15 in size, with at most 15 decimals. */
    private static Arbitrary<BigDecimal> number() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(0, 15)).as(BigDecimal::valueOf);
    }

    private static final Integer[] MOODLE_DENOMINATORS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20};

    /** Ways of writing one weight that {@link Fraction#parse} reads: lowest terms, unreduced, a decimal, a percentage. */
    private static Arbitrary<String> spellings(Fraction weight) {
        List<String> spellings = new ArrayList<>(List.of(weight.toString(),
                weight.numerator() * 3 + "/" + weight.denominator() * 3));
        try {
            BigDecimal decimal = BigDecimal.valueOf(weight.numerator()).divide(BigDecimal.valueOf(weight.denominator()));
            spellings.add(decimal.toPlainString());
            spellings.add(decimal.movePointRight(2).toPlainString() + "%");
        } catch (ArithmeticException repeating) {
            // a third has no decimal spelling
        }
        return Arbitraries.of(spellings);
    }

    /** n distinct option ids: the parser's defaults (then no ids comment is written), or ids with awkward characters. */
    private static Arbitrary<List<String>> ids(int n, IntFunction<String> defaults) {
        Arbitrary<String> id = Arbitraries.oneOf(slug(), Arbitraries.of("x]y", "a\\b", "a\\]", "#1", "é", "t1", "=", "{}", "a:b"));
        return Arbitraries.oneOf(Arbitraries.just(IntStream.range(0, n).mapToObj(defaults::apply).toList()),
                id.list().ofSize(n).uniqueElements());
    }

    private static Arbitrary<String> slug() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(3)
                .map(words -> String.join("-", words));
    }

    /** Pieces of text that GIFT, Markdown or the parser treat specially. */
    private static final List<String> PIECES = List.of("~", "=", "#", "{", "}", ":", "\\", "\\n", "\\\\", "\\~", "%", "%50%",
            "[", "]", "[markdown]", "[html]", "[plain]", "_____", "//", "::", "####", "->", "-", ">", "**bold**", "_it_",
            "`code`", "- ", "1. ", "> ", "<b>", "</b>", "&amp;", "&nbsp;", "é", "Straße", "中文", "😀", "\u00A0", "\u2028",
            "\t", "\n", "\n\n", " ", "   ", "T", "TRUE", "F", "0", "*", "$CATEGORY:", "[id:x]");

    /** A text with nothing GIFT trims at its ends: ordinary words mixed with {@link #PIECES}. */
    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
        return Arbitraries.frequencyOf(Tuple.of(2, word), Tuple.of(1, Arbitraries.of(PIECES)))
                .list().ofMinSize(1).ofMaxSize(8).map(parts -> GiftText.phpTrim(String.join("", parts)))
                .filter(text -> !text.isBlank());
    }

    // ---- the changes GIFT makes

    record Messy(Exportable messy, Exportable clean) {
    }

    /** What PHP's trim takes off, as the parser's lines and texts are trimmed; CR only as part of a CRLF. */
    private static final List<String> SPACES = List.of("", " ", "  ", "\t", "\n", "\r\n", "\u000B", " \n\t ");

    @Provide
    Arbitrary<Messy> messy() {
        return Combinators.combine(writable(), Arbitraries.of(SPACES).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(true, false), grades(-1).flatMap(negative -> Arbitraries.of(negative, Fraction.of(1, 2),
                        Fraction.of(3, 2), Fraction.of(-2, 1))))
                .as((clean, spaces, blankEvidence, wrongWeight) -> new Messy(mess(clean, spaces, blankEvidence, wrongWeight),
                        clean));
    }

    private static Exportable mess(Exportable clean, List<String> spaces, boolean blankEvidence, Fraction wrongWeight) {
        QuestionSpec spec = clean.spec();
        int[] next = {0};
        UnaryOperator<String> pad = text -> {
            if (text == null) {
                return null;
            }
            String before = spaces.get(next[0]++ % spaces.size());
            String after = spaces.get(next[0]++ % spaces.size());
            return before + text.replace("\n", "\r\n") + after;
        };
        List<String> tags = spec.tags() == null ? null : new ArrayList<>();
        if (tags != null) {
            spec.tags().forEach(tag -> {
                String padded = " " + tag.replace("\n", "\r\n") + "\t";
                tags.add(padded.length() <= 40 ? padded : tag);
            });
            spec.tags().stream().findFirst().ifPresent(tags::add);
        }
        UnaryOperator<Option> option = o -> new Option(o.id(), pad.apply(o.text()),
                spec.type() == QuestionType.SINGLE_CHOICE && Fraction.parse(o.weight()).compareTo(Fraction.ONE) != 0
                        ? wrongWeight.toString() : o.weight(), o.match(), pad.apply(o.feedback()));
        return new Exportable(clean.articleSlug(), new QuestionSpec(spec.id(), spec.type(), pad.apply(spec.stem()),
                spec.points(), tags, spec.evidence() == null ? (blankEvidence ? " " : null) : pad.apply(spec.evidence()),
                pad.apply(spec.quote()), pad.apply(spec.feedback()), map(spec.choices(), option), map(spec.items(), option),
                map(spec.targets(), option),
                spec.accepted() == null ? null : spec.accepted().stream()
                        .map(accepted -> new Accepted(pad.apply(accepted.text()), accepted.weight())).toList(),
                spec.caseSensitive(), spec.partialCredit(), spec.correct(), spec.value(), spec.tolerance(),
                pad.apply(spec.trueFeedback()), pad.apply(spec.falseFeedback())));
    }

    private static <T> List<T> map(List<T> list, UnaryOperator<T> change) {
        return list == null ? null : list.stream().map(change).toList();
    }

    // ---- questions the writer refuses

    record Refused(Exportable question, String reason) {
    }

    @Provide
    Arbitrary<Refused> refused() {
        return Arbitraries.oneOf(
                ordering(),
                multipleResponse().map(question -> refuse(question, "is no percentage Moodle can write and read back",
                        spec -> with(spec, elevenths(spec.choices()), null))),
                shortAnswer().map(question -> refuse(question, "holds ->, which makes GIFT read a matching question",
                        spec -> with(spec, null, spec.accepted().stream()
                                .map(accepted -> new Accepted(accepted.text() + " -> x", accepted.weight())).toList()))),
                matching().map(question -> refuse(question, "holds ->, which GIFT reads as the end of the item",
                        spec -> withItems(spec, spec.items().stream().map(item -> new Option(item.id(), "a->" + item.text(),
                                null, item.match(), null)).toList(), spec.targets()))),
                matching().flatMap(question -> Arbitraries.of(SPACES).map(space -> refuse(question,
                        "GIFT tells targets apart by their text", spec -> withItems(spec, spec.items(), sameText(spec.targets(),
                                space))))),
                matching().map(question -> refuse(question, "no feedback on items or targets",
                        spec -> withItems(spec, spec.items(), spec.targets().stream().map(target -> new Option(target.id(),
                                target.text(), null, null, "feedback")).toList()))),
                singleChoice().map(question -> refuse(question, "holds a space, and ids are listed separated by spaces",
                        spec -> with(spec, spec.choices().stream().map(choice -> new Option(choice.id() + " x", choice.text(),
                                choice.weight(), null, choice.feedback())).toList(), null))),
                singleChoice().map(question -> refuse(question, "it is not valid: A single-choice question needs exactly one",
                        spec -> with(spec, spec.choices().stream().map(choice -> new Option(choice.id(), choice.text(), "0",
                                null, choice.feedback())).toList(), null))));
    }

    private static Arbitrary<Refused> ordering() {
        return Combinators.combine(common(), text().list().ofMinSize(3).ofMaxSize(6), Arbitraries.of(true, false).injectNull(0.3))
                .as((common, texts, partialCredit) -> new Refused(new Exportable(common.articleSlug(), new QuestionSpec(
                        common.id(), QuestionType.ORDERING, common.stem(), common.points(), common.tags(), common.evidence(),
                        common.quote(), common.feedback(), null, IntStream.range(0, texts.size())
                        .mapToObj(i -> new Option("s" + i, texts.get(i), null, null, null)).toList(), null, null, null,
                        partialCredit, null, null, null, null, null)), "ordering questions have no GIFT form."));
    }

    private static Refused refuse(Exportable question, String reason, UnaryOperator<QuestionSpec> change) {
        return new Refused(new Exportable(question.articleSlug(), change.apply(question.spec())), reason);
    }

    /** The targets with the second one's text the first one's, with spaces at its ends. */
    private static List<Option> sameText(List<Option> targets, String space) {
        List<Option> same = new ArrayList<>(targets);
        same.set(1, new Option(targets.get(1).id(), space + targets.get(0).text() + space, null, null, null));
        return same;
    }

    /** The choices with the first worth 1/11 and the second 10/11, the others nothing. */
    private static List<Option> elevenths(List<Option> choices) {
        return IntStream.range(0, choices.size()).mapToObj(i -> new Option(choices.get(i).id(), choices.get(i).text(),
                i == 0 ? "1/11" : i == 1 ? "10/11" : "0", null, choices.get(i).feedback())).toList();
    }

    private static QuestionSpec with(QuestionSpec spec, List<Option> choices, List<Accepted> accepted) {
        return new QuestionSpec(spec.id(), spec.type(), spec.stem(), spec.points(), spec.tags(), spec.evidence(), spec.quote(),
                spec.feedback(), choices == null ? spec.choices() : choices, spec.items(), spec.targets(),
                accepted == null ? spec.accepted() : accepted, spec.caseSensitive(), spec.partialCredit(), spec.correct(),
                spec.value(), spec.tolerance(), spec.trueFeedback(), spec.falseFeedback());
    }

    private static QuestionSpec withItems(QuestionSpec spec, List<Option> items, List<Option> targets) {
        return new QuestionSpec(spec.id(), spec.type(), spec.stem(), spec.points(), spec.tags(), spec.evidence(), spec.quote(),
                spec.feedback(), spec.choices(), items, targets, spec.accepted(), spec.caseSensitive(), spec.partialCredit(),
                spec.correct(), spec.value(), spec.tolerance(), spec.trueFeedback(), spec.falseFeedback());
    }
}
