package dev.cofactor.quiz.gift;

import static dev.cofactor.quiz.gift.Specs.choice;
import static dev.cofactor.quiz.gift.Specs.item;
import static dev.cofactor.quiz.gift.Specs.question;
import static dev.cofactor.quiz.gift.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static QuestionSpec readBack(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.errors()).isEmpty();
        assertThat(document.questions()).hasSize(1);
        return document.questions().get(0).spec();
    }

    private static String write(QuestionSpec spec) {
        GiftExport export = GiftWriter.write(List.of(new Exportable("magnesium-bisglycinate", spec)));
        assertThat(export.notExported()).isEmpty();
        return export.text();
    }

    @Test
    void writesASingleChoiceAsMoodleLaysItOutWithCofactorsComments() {
        QuestionSpec spec = question("intro-who-backfires", QuestionType.SINGLE_CHOICE,
                "How does magnesium bisglycinate affect **most** people?")
                .tags("alternatives", "GABA-A").evidence("introduction").quote("For most people, it's a game-changer")
                .choices(choice("calms", "It calms them", "1", null),
                        choice("wires", "It leaves them wired", "0", "That happens to a small group."),
                        choice("nothing", "No effect", "0", null))
                .feedback("For most people it is calming.").build();

        assertThat(write(spec)).isEqualTo("""
                // [id:intro-who-backfires] [tag:alternatives] [tag:GABA-A]
                // [evidence:magnesium-bisglycinate#introduction]
                // [quote:For most people, it's a game-changer]
                // [choice-ids:calms wires nothing]
                ::intro-who-backfires::[markdown]How does magnesium bisglycinate affect **most** people?{
                \t=It calms them
                \t~It leaves them wired#That happens to a small group.
                \t~No effect
                \t####For most people it is calming.
                }
                """);
    }

    @Test
    void writesWeightsAsMoodlePercentages() {
        QuestionSpec spec = question("thirds", QuestionType.MULTIPLE_RESPONSE, "Pick.")
                .choices(choice("a", "A", "1/3", null), choice("b", "B", "1/3", null), choice("c", "C", "1/3", null),
                        choice("d", "D", "-1/7", null), choice("e", "E", "0", null), choice("f", "F", "-100%", null))
                .build();

        assertThat(write(spec)).contains("""
                {
                \t~%33.33333%A
                \t~%33.33333%B
                \t~%33.33333%C
                \t~%-14.28571%D
                \t~E
                \t~%-100%F
                }""");
    }

    @Test
    void writesShortAnswersWithExplicitWeightsAndTheirCaseSensitivity() {
        QuestionSpec spec = question("subunit", QuestionType.SHORT_ANSWER, "Which subunit?").caseSensitive(true)
                .accepted(new Accepted("GluN1", "1"), new Accepted("GluN*", "50%")).build();

        assertThat(write(spec)).isEqualTo("""
                // [id:subunit]
                // [case-sensitive]
                ::subunit::[markdown]Which subunit?{
                \t=%100%GluN1
                \t=%50%GluN*
                }
                """);
    }

    @Test
    void writesTrueFalseFeedbackInMoodlesOrderWrongThenRight() {
        QuestionSpec right = question("sky", QuestionType.TRUE_FALSE, "The sky is blue.")
                .correct(true, "Yes.", "No, look up.").feedback("Rayleigh.").build();
        QuestionSpec wrong = question("grass", QuestionType.TRUE_FALSE, "Grass is red.")
                .correct(false, null, "Right, it is green.").build();

        assertThat(write(right)).endsWith("::sky::[markdown]The sky is blue.{TRUE#No, look up.#Yes.####Rayleigh.}\n");
        assertThat(write(wrong)).endsWith("::grass::[markdown]Grass is red.{FALSE##Right, it is green.}\n");
    }

    @Test
    void writesNumericAsValueAndTolerance() {
        QuestionSpec spec = question("count", QuestionType.NUMERIC, "How many?").number("-2.5", "0.25").build();

        assertThat(write(spec)).endsWith("::count::[markdown]How many?{#=-2.5:0.25}\n");
    }

    @Test
    void placesDistractorTargetsSoThatTargetsKeepTheirOrder() {
        QuestionSpec spec = question("genes", QuestionType.MATCHING, "Match each gene.")
                .items(item("a", "GRIN2A", "t2"), item("b", "SLC6A9", "t1"))
                .targets(target("t1", "Build-up"), target("t2", "Hypersensitive"), target("t3", "Loss -> none"))
                .build();

        assertThat(write(spec)).endsWith("""
                ::genes::[markdown]Match each gene.{
                \t= -> Build-up
                \t=GRIN2A -> Hypersensitive
                \t=SLC6A9 -> Build-up
                \t= -> Loss -> none
                }
                """);
    }

    @Test
    void escapesGiftCharactersAndWritesNewlinesAsBackslashN() {
        QuestionSpec spec = question("escapes", QuestionType.TRUE_FALSE, "a~b =c #d {e} f: g\\h\n\nnext")
                .correct(true, "[see] this", null).build();

        assertThat(write(spec)).endsWith(
                "::escapes::[markdown]a\\~b \\=c \\#d \\{e\\} f\\: g\\\\h\\n\\nnext{TRUE##[markdown][see] this}\n");
    }

    @Test
    void putsTheAnswerBlockWhereTheBlankIs() {
        QuestionSpec middle = question("middle", QuestionType.TRUE_FALSE, "Grant _____ in the tomb.").correct(true, null, null)
                .build();
        QuestionSpec end = question("end", QuestionType.TRUE_FALSE, "The answer is _____").correct(true, null, null).build();

        assertThat(write(middle)).endsWith("::middle::[markdown]Grant {TRUE} in the tomb.\n");
        assertThat(write(end)).endsWith("::end::[markdown]The answer is _____{TRUE}\n");
    }

    @Test
    void keepsTheBlankWhenOnlySpacesFollowIt() {
        QuestionSpec spec = question("end-space", QuestionType.TRUE_FALSE, "The answer is _____ \t").correct(true, null, null)
                .build();

        String gift = write(spec);

        assertThat(gift).endsWith("::end-space::[markdown]The answer is _____ \t{TRUE}\n");
        assertThat(readBack(gift).stem()).isEqualTo("The answer is _____");
    }

    @Test
    void writesNoEvidenceCommentForABlankAnchorSoTheQuestionReadsBackAsADraft() {
        QuestionSpec spec = question("blank-anchor", QuestionType.TRUE_FALSE, "Kept.").evidence(" ").correct(true, null, null)
                .build();

        String gift = write(spec);

        assertThat(gift).doesNotContain("[evidence:");
        assertThat(readBack(gift).evidence()).isNull();
    }

    @Test
    void looksAtATextOnceTrimmedForAFormatTagOrAWeight() {
        QuestionSpec spec = question("spaced", QuestionType.MULTIPLE_RESPONSE, "Pick.")
                .choices(choice("a", "  [x] first", "1", " [see] this"), choice("b", " %50% off", "0", null)).build();

        String gift = write(spec);

        assertThat(gift).contains("\t~%100%[markdown]  [x] first#[markdown] [see] this\n", "\t~%0% %50% off\n");
        assertThat(readBack(gift).choices()).containsExactly(
                new QuestionSpec.Option("a", "[x] first", "1", null, "[see] this"),
                new QuestionSpec.Option("b", "%50% off", "0", null, null));
    }

    @Test
    void tellsTargetsApartByTheirTextAsTheParserTrimsIt() {
        QuestionSpec spec = question("line-separator", QuestionType.MATCHING, "Match.")
                .items(item("a", "One", "t1"), item("b", "Two", "t2"))
                .targets(target("t1", "K\u2028"), target("t2", "K")).build();

        assertThat(readBack(write(spec)).targets()).extracting(QuestionSpec.Option::text).containsExactly("K\u2028", "K");
    }

    @Test
    void leavesOutOrderingQuestionsAndSaysWhyInALeadingComment() {
        QuestionSpec ordering = question("steps", QuestionType.ORDERING, "Put in order.").partialCredit(true)
                .items(item("one", "One", null), item("two", "Two", null)).build();
        QuestionSpec kept = question("kept", QuestionType.TRUE_FALSE, "Kept.").correct(true, null, null).build();

        GiftExport export = GiftWriter.write(List.of(new Exportable("a", ordering), new Exportable(null, kept)));

        assertThat(export.notExported()).containsExactly("steps");
        assertThat(export.text()).isEqualTo("""
                // Not exported:
                // steps: ordering questions have no GIFT form.

                // [id:kept]
                ::kept::[markdown]Kept.{TRUE}
                """);
    }

    @Test
    void leavesOutQuestionsGiftCannotCarryUnchanged() {
        QuestionSpec elevenths = question("elevenths", QuestionType.MULTIPLE_RESPONSE, "Pick.")
                .choices(choice("a", "A", "1/11", null), choice("b", "B", "10/11", null)).build();
        QuestionSpec arrow = question("arrow", QuestionType.SHORT_ANSWER, "Which way?")
                .accepted(new Accepted("a->b", "1")).build();
        QuestionSpec broken = question("broken", QuestionType.SINGLE_CHOICE, "Pick.")
                .choices(choice("a", "A", "0", null), choice("b", "B", "0", null)).build();

        GiftExport export = GiftWriter.write(List.of(new Exportable(null, elevenths), new Exportable(null, arrow),
                new Exportable(null, broken)));

        assertThat(export.notExported()).containsExactly("elevenths", "arrow", "broken");
        assertThat(export.text()).isEqualTo("""
                // Not exported:
                // elevenths: the weight 1/11 is no percentage Moodle can write and read back.
                // arrow: the accepted answer 'a->b' holds ->, which makes GIFT read a matching question.
                // broken: it is not valid: A single-choice question needs exactly one correct choice, not 0.

                """);
    }
}
