package dev.cofactor.quiz.gift;

import static dev.cofactor.quiz.gift.Specs.canonical;
import static dev.cofactor.quiz.gift.Specs.choice;
import static dev.cofactor.quiz.gift.Specs.item;
import static dev.cofactor.quiz.gift.Specs.question;
import static dev.cofactor.quiz.gift.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer writes, the parser reads back unchanged; and writing what was read gives the same text. */
class GiftRoundTripTest {

    private static final String SEED = "magnesium-bisglycinate";

    record Bank(String article, List<QuestionSpec> questions) {
    }

    private static List<QuestionSpec> seedBank() throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = GiftRoundTripTest.class.getClassLoader().getResourceAsStream("quizzes/" + SEED + ".json")) {
            return json.readValue(in, Bank.class).questions();
        }
    }

    private static List<Exportable> readBack(GiftExport export) {
        GiftDocument document = GiftParser.parse(export.text());
        assertThat(document.errors()).isEmpty();
        assertThat(document.skipped()).isEmpty();
        return document.questions().stream().map(Exportable::of).toList();
    }

    private static List<Exportable> canonical(List<Exportable> questions) {
        return questions.stream().map(question -> new Exportable(question.articleSlug(), Specs.canonical(question.spec())))
                .toList();
    }

    @Test
    void everySeedQuestionButOrderingComesBackUnchanged() throws IOException {
        List<QuestionSpec> seed = seedBank();
        List<Exportable> written = seed.stream().map(spec -> new Exportable(SEED, spec)).toList();

        GiftExport export = GiftWriter.write(written);

        assertThat(export.notExported()).containsExactly("brake-steps", "nmda-opening-sequence");
        assertThat(export.text()).startsWith("""
                // Not exported:
                // brake-steps: ordering questions have no GIFT form.
                // nmda-opening-sequence: ordering questions have no GIFT form.
                """);
        assertThat(canonical(readBack(export))).containsExactlyElementsOf(canonical(written.stream()
                .filter(question -> question.spec().type() != QuestionType.ORDERING).toList()));
    }

    @Test
    void handMadeQuestionsUsingEveryFeatureComeBackUnchanged() {
        List<Exportable> questions = everyFeature();

        GiftExport export = GiftWriter.write(questions);

        assertThat(export.notExported()).isEmpty();
        assertThat(canonical(readBack(export))).containsExactlyElementsOf(canonical(questions));
    }

    @Test
    void writingWhatWasReadIsStable() throws IOException {
        for (String text : List.of(GiftParserTest.resource("gift/moodle-examples.gift"),
                GiftWriter.write(everyFeature()).text(), GiftWriter.write(seedBank().stream()
                        .map(spec -> new Exportable(SEED, spec)).toList()).text())) {
            String once = GiftWriter.write(GiftParser.parse(text).questions().stream().map(Exportable::of).toList()).text();
            String twice = GiftWriter.write(GiftParser.parse(once).questions().stream().map(Exportable::of).toList()).text();

            assertThat(twice).isEqualTo(once);
        }
    }

    static List<Exportable> everyFeature() {
        return List.of(
                new Exportable("article-one", question("escapes-and-markdown", QuestionType.SINGLE_CHOICE,
                        "Which is **right**? a~b =c #d {e} f: g\\h \\(x\\)\n\n- a list\n1. item <sup>2</sup> 50%")
                        .points(3).tags("GABA-A", "odd ] tag", "back\\slash").evidence("section-one")
                        .quote("a [quoted\\] passage\nover two lines")
                        .choices(choice("right", "[link](http://x.org) first", "1", "[yes] # indeed"),
                                choice("wrong", "%50% off", "0", "no: == ~~"),
                                choice("other", "### heading-like", "0", null))
                        .feedback("General\nfeedback ####, with hashes").build()),
                new Exportable(null, question("thirds-and-sevenths", QuestionType.MULTIPLE_RESPONSE, "Pick the thirds.")
                        .evidence("section-two")
                        .choices(choice("a", "One", "1/3", null), choice("b", "Two", "1/3", "a third"),
                                choice("c", "Three", "1/3", null), choice("d", "%Four", "0", null),
                                choice("e", "Five", "-1/7", "no"), choice("f", "Six", "-1", null))
                        .build()),
                new Exportable("article-one", question("true-with-feedback", QuestionType.TRUE_FALSE, "The sky is blue.")
                        .tags("sky").evidence("section-one").correct(true, "Yes.", "No, look up.")
                        .feedback("Rayleigh scattering.").build()),
                new Exportable("article-one", question("false-wrong-only", QuestionType.TRUE_FALSE, "Grass is red.")
                        .evidence("section-one").correct(false, "It is green.", null).build()),
                new Exportable("article-one", question("false-right-only", QuestionType.TRUE_FALSE,
                        "The answer is _____").evidence("section-one").correct(false, null, "Well done.").build()),
                new Exportable("article-two", question("short-answer-case", QuestionType.SHORT_ANSWER,
                        "Two plus _____ equals four.").evidence("sums").caseSensitive(true)
                        .accepted(new Accepted("two", "1"), new Accepted("[2]", "1/2"), new Accepted("a#b=c~d", "1/3"),
                                new Accepted("%", "1/4"), new Accepted("*", "0"))
                        .feedback("Two.").build()),
                new Exportable("article-two", question("matching-order", QuestionType.MATCHING,
                        "_____ Match each gene.").evidence("genes")
                        .items(item("grin2a", "GRIN2A", "hyper"), item("slc6a9", "[SLC6A9]", "buildup"),
                                item("other", "Other: #1", "hyper"))
                        .targets(target("buildup", "Build-up = more"), target("hyper", "Hypersensitive"),
                                target("loss", "Loss -> none"), target("t4", "[markdown] kept"))
                        .feedback("Genes.").build()),
                new Exportable("article-two", question("numeric-tolerance", QuestionType.NUMERIC, "How much?")
                        .evidence("numbers").number("-2.5", "0.25").feedback("About -2.5.").build()),
                new Exportable("article-two", question("numeric-exact-zero", QuestionType.NUMERIC, "How many?")
                        .evidence("numbers").number("0", null).build()),
                new Exportable(null, question("plain-draft", QuestionType.SINGLE_CHOICE, "A draft: no evidence.")
                        .choices(choice("a", "Yes", "1", null), choice("b", "No", "0", null)).build()));
    }
}
