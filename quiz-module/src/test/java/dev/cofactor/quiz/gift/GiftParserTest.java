package dev.cofactor.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.gift.GiftDocument.Problem;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftParserTest {

    private static QuestionSpec only(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.errors()).isEmpty();
        assertThat(document.skipped()).isEmpty();
        assertThat(document.questions()).hasSize(1);
        return document.questions().get(0).spec();
    }

    private static String skipReason(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.questions()).isEmpty();
        assertThat(document.errors()).isEmpty();
        assertThat(document.skipped()).hasSize(1);
        return document.skipped().get(0).reason();
    }

    private static List<Problem> errors(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.questions()).isEmpty();
        return document.errors();
    }

    @Nested
    class Types {

        @Test
        void readsSingleChoiceWithPerAnswerAndGeneralFeedback() {
            QuestionSpec spec = only("""
                    ::Q2:: What's between orange and green in the spectrum?
                    { =yellow # right; good! ~red # wrong, it's yellow ~blue ####Yellow sits between them. }
                    """);

            assertThat(spec.id()).isEqualTo("q2");
            assertThat(spec.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(spec.stem()).isEqualTo("What's between orange and green in the spectrum?");
            assertThat(spec.choices()).containsExactly(
                    new Option("a", "yellow", "1", null, "right; good!"),
                    new Option("b", "red", "0", null, "wrong, it's yellow"),
                    new Option("c", "blue", "0", null, null));
            assertThat(spec.feedback()).isEqualTo("Yellow sits between them.");
            assertThat(spec.evidence()).isNull();
        }

        @Test
        void readsWeightedMultipleResponseAsExactFractions() {
            QuestionSpec thirds = only("Which are prime? {~%33.33333%Two ~%33.33333%Three ~%33.33333%Five ~%-100%Four ~Nine}");
            QuestionSpec sixths = only("Pick. {~%66.66667%a ~%16.66667%b ~%16.66667%c ~%-50%d ~%-14.28571%e}");

            assertThat(thirds.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
            assertThat(thirds.choices()).extracting(Option::weight).containsExactly("1/3", "1/3", "1/3", "-1", "0");
            assertThat(sixths.choices()).extracting(Option::weight).containsExactly("2/3", "1/6", "1/6", "-1/2", "-1/7");
        }

        @Test
        void readsMultipleResponseWithAFullWeightAndNoEqualsSign() {
            QuestionSpec spec = only("Tricky. {~%100%a ~%-50%b ~%-50%c}");

            assertThat(spec.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
            assertThat(spec.choices()).extracting(Option::weight).containsExactly("1", "-1/2", "-1/2");
        }

        @Test
        void skipsSingleAnswerMultipleChoiceWithPartialCredit() {
            assertThat(skipReason("Pick. {=a ~%50%b ~c}")).contains("partial or negative credit");
        }

        @Test
        void skipsMultipleChoiceWithTwoFullyRightAnswers() {
            assertThat(skipReason("Pick. {=a =b ~c}")).contains("more than one fully right answer");
        }

        @Test
        void readsTrueFalseFeedbackAsMoodleDoesForFalse() {
            QuestionSpec spec = only("Grant is buried in Grant's tomb.{FALSE#Wrong, No one is buried in Grant's tomb.#Right, well done.}");

            assertThat(spec.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(spec.correct()).isFalse();
            assertThat(spec.trueFeedback()).isEqualTo("Wrong, No one is buried in Grant's tomb.");
            assertThat(spec.falseFeedback()).isEqualTo("Right, well done.");
        }

        @Test
        void readsTrueFalseFeedbackAsMoodleDoesForTrue() {
            QuestionSpec spec = only("The sky is blue.{TRUE#No, look up.#Yes.####It scatters blue light.}");

            assertThat(spec.correct()).isTrue();
            assertThat(spec.trueFeedback()).isEqualTo("Yes.");
            assertThat(spec.falseFeedback()).isEqualTo("No, look up.");
            assertThat(spec.feedback()).isEqualTo("It scatters blue light.");
        }

        @ParameterizedTest
        @CsvSource({"{T},true", "{TRUE},true", "{F},false", "{FALSE},false", "{T#},true", "{FALSE##Right.},false"})
        void readsEveryTrueFalseSpelling(String block, boolean correct) {
            QuestionSpec spec = only("It is so. " + block);

            assertThat(spec.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(spec.correct()).isEqualTo(correct);
        }

        @Test
        void readsLowerCaseTrueAsAShortAnswer() {
            assertThat(only("Say it. {true}").accepted()).containsExactly(new Accepted("true", "1"));
        }

        @Test
        void readsShortAnswerWithWeightsAndWildcard() {
            QuestionSpec spec = only("Where does it bind? {=benzodiazepine* =%50%*benzo* =%0%*}");

            assertThat(spec.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(spec.accepted()).containsExactly(new Accepted("benzodiazepine*", "1"),
                    new Accepted("*benzo*", "1/2"), new Accepted("*", "0"));
            assertThat(spec.caseSensitive()).isNull();
        }

        @Test
        void readsASingleUnmarkedShortAnswer() {
            assertThat(only("Who's buried in Grant's tomb?{no one}").accepted()).containsExactly(new Accepted("no one", "1"));
        }

        @Test
        void readsCaseSensitiveShortAnswerFromItsComment() {
            QuestionSpec spec = only("""
                    // [case-sensitive]
                    Which subunit? {=GluN1}
                    """);

            assertThat(spec.caseSensitive()).isTrue();
        }

        @Test
        void skipsShortAnswerWithFeedbackOnAnAnswer() {
            assertThat(skipReason("Best animal?{=Frog#Good! =%50%Cat}")).contains("Feedback on a short answer");
        }

        @Test
        void readsMatchingWithSharedAndDistractorTargets() {
            QuestionSpec spec = only("""
                    Which animal eats which food? {
                        =cat -> cat food
                        =dog -> dog food
                        =kitten -> cat food
                        = -> bird seed
                    }
                    """);

            assertThat(spec.type()).isEqualTo(QuestionType.MATCHING);
            assertThat(spec.items()).containsExactly(
                    new Option("a", "cat", null, "t1", null),
                    new Option("b", "dog", null, "t2", null),
                    new Option("c", "kitten", null, "t1", null));
            assertThat(spec.targets()).containsExactly(
                    new Option("t1", "cat food", null, null, null),
                    new Option("t2", "dog food", null, null, null),
                    new Option("t3", "bird seed", null, null, null));
        }

        @Test
        void readsNumericValueAndTolerance() {
            QuestionSpec spec = only("::Q5:: What is a number from 1 to 5? {#3:2}");

            assertThat(spec.type()).isEqualTo(QuestionType.NUMERIC);
            assertThat(spec.value()).isEqualTo(new BigDecimal("3"));
            assertThat(spec.tolerance()).isEqualTo(new BigDecimal("2"));
            assertThat(only("How many? {#=-0.5}").value()).isEqualTo(new BigDecimal("-0.5"));
            assertThat(only("How many? {#0}").tolerance()).isNull();
        }

        @Test
        void readsNumericRangeAsMidpointAndHalfWidth() {
            QuestionSpec whole = only("::Q6:: What is a number from 1 to 5? {#1..5}");
            QuestionSpec decimal = only("Pick one. {#1.5..2.5}");

            assertThat(whole.value()).isEqualTo(new BigDecimal("3"));
            assertThat(whole.tolerance()).isEqualTo(new BigDecimal("2"));
            assertThat(decimal.value()).isEqualTo(new BigDecimal("2"));
            assertThat(decimal.tolerance()).isEqualTo(new BigDecimal("0.5"));
        }

        @Test
        void skipsNumericWithSeveralAnswersOrPartialCredit() {
            assertThat(skipReason("When was Ulysses S. Grant born? {#\n    =1822:0\n    =%50%1822:2}"))
                    .contains("several answers or partial credit");
            assertThat(skipReason("Roughly? {#=%50%3:1}")).contains("several answers or partial credit");
        }

        @Test
        void skipsNumericWithFeedback() {
            assertThat(skipReason("How many? {#3#Right ~#Completely wrong}")).contains("Feedback on a numeric answer");
        }

        @Test
        void readsMissingWordWithABlankInTheStem() {
            QuestionSpec choice = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
            QuestionSpec number = only("What is the value of pi (to 3 decimal places)? {#3.1415:0.0005}.");

            assertThat(choice.stem()).isEqualTo("Grant is _____ in Grant's tomb.");
            assertThat(choice.choices()).extracting(Option::weight).containsExactly("0", "1", "0");
            assertThat(number.stem()).isEqualTo("What is the value of pi (to 3 decimal places)? _____.");
        }

        @Test
        void skipsEssayAndDescription() {
            GiftDocument document = GiftParser.parse("""
                    ::Q8:: How are you? {}

                    ::Intro:: Read the article first.

                    ::Q9:: Tell me more. {####Any answer will do.}
                    """);

            assertThat(document.questions()).isEmpty();
            assertThat(document.errors()).isEmpty();
            assertThat(document.skipped()).extracting(GiftDocument.Skipped::line).containsExactly(1, 3, 5);
            assertThat(document.skipped().get(0).reason()).isEqualTo("Essay questions are not supported: Cofactor"
                    + " scores every answer itself.");
            assertThat(document.skipped().get(1).reason()).startsWith("Descriptions (text without an answer block");
        }
    }

    @Nested
    class Comments {

        @Test
        void categoriesBecomeTagsUntilTheNextCategory() {
            GiftDocument document = GiftParser.parse("""
                    $CATEGORY: $course$/top/Neuro//Chem/GABA

                    // [tag:NMDA]
                    First. {T}

                    $CATEGORY: tom/dick

                    Second. {T}

                    $CATEGORY: $course$/top

                    Third. {T}
                    """);

            assertThat(document.questions()).extracting(question -> question.spec().tags()).containsExactly(
                    List.of("Neuro/Chem", "GABA", "NMDA"), List.of("tom", "dick"), null);
        }

        @Test
        void reportsACategoryNotFollowedByABlankLine() {
            assertThat(errors("$CATEGORY: tom\nFirst. {T}")).containsExactly(new Problem(1, "A $CATEGORY: line must be"
                    + " followed by a blank line; here the lines after it were read as part of the category."));
        }

        @Test
        void idAndTagCommentsSetIdAndTags() {
            QuestionSpec spec = only("""
                    // question: 12  name: Moodle's own comment
                    // [id:gaba-role] [tag:GABA-A] [tag:odd \\] tag]
                    ::GABA:: What is GABA? {T}
                    """);

            assertThat(spec.id()).isEqualTo("gaba-role");
            assertThat(spec.tags()).containsExactly("GABA-A", "odd ] tag");
        }

        @Test
        void extensionCommentsSetEvidencePointsQuoteAndOptionIds() {
            GiftDocument document = GiftParser.parse("""
                    // [evidence:magnesium-bisglycinate#introduction] [points:2] [unknown:ignored] [flag]
                    // [quote:For most people, it's a [game\\]-changer]
                    // [choice-ids:calms wires nothing]
                    How does it affect most people? {=It calms them ~It wires them ~Nothing}
                    """);

            GiftDocument.Imported imported = document.questions().get(0);
            assertThat(document.errors()).isEmpty();
            assertThat(imported.articleSlug()).isEqualTo("magnesium-bisglycinate");
            assertThat(imported.spec().evidence()).isEqualTo("introduction");
            assertThat(imported.spec().points()).isEqualTo(2);
            assertThat(imported.spec().quote()).isEqualTo("For most people, it's a [game]-changer");
            assertThat(imported.spec().choices()).extracting(Option::id).containsExactly("calms", "wires", "nothing");
        }

        @Test
        void matchingIdsComeFromTheirComments() {
            QuestionSpec spec = only("""
                    // [item-ids:grin2a slc6a9] [target-ids:hyper buildup loss]
                    Match. {=GRIN2A -> Hypersensitive =SLC6A9 -> Build-up = -> Loss}
                    """);

            assertThat(spec.items()).containsExactly(new Option("grin2a", "GRIN2A", null, "hyper", null),
                    new Option("slc6a9", "SLC6A9", null, "buildup", null));
            assertThat(spec.targets()).extracting(Option::id).containsExactly("hyper", "buildup", "loss");
        }

        @Test
        void questionWithoutEvidenceIsADraftNotAnError() {
            GiftDocument document = GiftParser.parse("Is this a draft? {T}");

            assertThat(document.errors()).isEmpty();
            assertThat(document.questions().get(0).articleSlug()).isNull();
            assertThat(document.questions().get(0).spec().evidence()).isNull();
        }

        @Test
        void idComesFromTheNameElseFromTheFirstWordsOfTheStem() {
            GiftDocument document = GiftParser.parse("""
                    ::Kanji Origins::Japanese characters originally came from what country? {=China}

                    Japanese characters originally came from which country, according to this very long question text? {=China}

                    ::::Which <b>country</b>? {=China}
                    """);

            assertThat(document.questions()).extracting(question -> question.spec().id()).containsExactly(
                    "kanji-origins", "japanese-characters-originally-came-from-which-country", "which-country");
            assertThat(document.questions()).extracting(GiftDocument.Imported::name).containsExactly("Kanji Origins",
                    "Japanese characters originally came from which country, according to this...",
                    "Which country?");
        }

        @Test
        void reportsMalformedExtensionComments() {
            assertThat(errors("""
                    // [evidence:no-anchor] [points:two]
                    // [choice-ids:x y]
                    // [quote:never closed
                    Pick. {=a ~b ~c}
                    """)).containsExactly(
                    new Problem(1, "The comment [evidence:no-anchor] must name the article and its section:"
                            + " [evidence:article-slug#section-anchor]."),
                    new Problem(1, "The comment [points:two] needs a whole number of points, such as [points:2]."),
                    new Problem(2, "The comment [choice-ids:...] lists 2 ids, but the question has 3 choices."),
                    new Problem(3, "The comment [quote:...] has no closing ]."));
        }
    }

    @Nested
    class Text {

        @Test
        void readsEveryEscape() {
            QuestionSpec spec = only("[markdown]a\\~b \\= c\\#d \\{e\\} f\\: g\\\\h\\nnext C:\\\\new \\(x\\){T}");

            assertThat(spec.stem()).isEqualTo("a~b = c#d {e} f: g\\h\nnext C:\\new \\(x\\)");
        }

        @Test
        void escapedCharactersAreNeverDelimiters() {
            QuestionSpec spec = only("""
                    ::a\\:b::Which answer equals 5? {
                        ~ \\= 2 + 2 \\~ 4
                        = \\= 2 + 3 #\\#right
                        ~ \\{2 + 4\\}
                    }
                    """);

            assertThat(spec.id()).isEqualTo("a-b");
            assertThat(spec.choices()).containsExactly(
                    new Option("a", "\\= 2 + 2 \\~ 4", "0", null, null),
                    new Option("b", "\\= 2 + 3", "1", null, "\\#right"),
                    new Option("c", "{2 + 4}", "0", null, null));
        }

        @Test
        void keepsMarkdownAndHtmlAsTheyAre() {
            assertThat(only("[markdown]Who's buried in **Grant's tomb**?{T}").stem()).isEqualTo("Who's buried in **Grant's tomb**?");
            assertThat(only("[html]<p>Is <b>2 * 3</b> six?</p>{T}").stem()).isEqualTo("<p>Is <b>2 * 3</b> six?</p>");
        }

        @Test
        void escapesPlainTextSoMarkdownShowsItLiterally() {
            assertThat(only("[plain]2*3 <b>six</b> & _x_ [y] #1\\n- item\\n1. first{T}").stem())
                    .isEqualTo("2\\*3 \\<b\\>six\\</b\\> \\& \\_x\\_ \\[y\\] \\#1\\\n\\- item\\\n1\\. first");
        }

        @Test
        void readsMoodleFormatAsTextWithLineBreaksAndHtml() {
            assertThat(only("Is *this* <b>bold</b>&nbsp;now?\\n\\nNew paragraph\\nand a line{T}").stem())
                    .isEqualTo("Is \\*this\\* <b>bold</b>&nbsp;now?\n\nNew paragraph\\\nand a line");
            assertThat(only("[moodle]a_b{T}").stem()).isEqualTo("a\\_b");
        }

        @Test
        void otherPartsDefaultToTheQuestionTextFormat() {
            QuestionSpec spec = only("[plain]Pick *one*.{=*a*#**yes** ~[markdown]**b**#[html]<i>no</i> ####_done_}");

            assertThat(spec.choices()).containsExactly(
                    new Option("a", "\\*a\\*", "1", null, "\\*\\*yes\\*\\*"),
                    new Option("b", "**b**", "0", null, "<i>no</i>"));
            assertThat(spec.feedback()).isEqualTo("\\_done\\_");
        }

        @Test
        void keepsTheMissingWordBlankUnescapedInPlainText() {
            assertThat(only("[plain]Two *plus* {=two} equals four.").stem()).isEqualTo("Two \\*plus\\* _____ equals four.");
        }

        @Test
        void ignoresCommentLinesInsideTheAnswers() {
            QuestionSpec spec = only("""
                    Pick. {
                    // the right one
                    =a
                    // and the wrong ones
                    ~b ~c
                    }
                    """);

            assertThat(spec.choices()).extracting(Option::text).containsExactly("a", "b", "c");
        }

        @Test
        void keepsAnUnknownFormatTagInTheText() {
            assertThat(only("[wiki]Is it?{T}").stem()).isEqualTo("\\[wiki\\]Is it?");
        }

        @Test
        void readsMultiLineQuestionsAndWindowsLineEndings() {
            QuestionSpec spec = only("::Kanji::[markdown]Japanese characters originally\r\n   came from what country? {\r\n"
                    + "   =China\r\n}\r\n");

            assertThat(spec.stem()).isEqualTo("Japanese characters originally\ncame from what country?");
            assertThat(spec.accepted()).containsExactly(new Accepted("China", "1"));
        }
    }

    @Nested
    class Errors {

        @Test
        void reportsAnUnclosedBraceOnItsLine() {
            assertThat(errors("""
                    // a comment
                    ::Q1::
                    What is it? {
                        =a

                        =b
                    }
                    """)).containsExactly(
                    new Problem(3, "The answer block has no closing }. (A blank line, or a line holding only 0,"
                            + " ends a question even inside its answers.)"),
                    new Problem(7, "There is a } without an opening {. (A blank line inside the answers ends the"
                            + " question early; a literal } is written \\}.)"));
        }

        @Test
        void reportsASecondAnswerBlock() {
            assertThat(errors("A {=x} B {=y}")).extracting(Problem::message)
                    .containsExactly("A question has one answer block, and this one has another { or };"
                            + " a literal brace is written \\{ or \\}.");
        }

        @Test
        void reportsABadWeightOnTheLineOfItsAnswer() {
            assertThat(errors("""
                    Pick. {
                        ~%50%a
                        ~%abc%b
                    }

                    Pick again. {~%150%a ~%-50%b}
                    """)).containsExactly(
                    new Problem(3, "The weight %abc% is not a number; write a percentage such as %50% or %-33.33333%."),
                    new Problem(6, "The weight %150% is beyond 100%; weights go from -100% to 100%."));
        }

        @Test
        void reportsAMatchingPairWithoutArrow() {
            assertThat(errors("""
                    Match. {
                        =cat -> cat food
                        =dog dog food
                    }
                    """)).containsExactly(new Problem(3,
                    "The matching pair 'dog dog food' has no ->; write each pair as =item -> match."));
        }

        @Test
        void reportsADuplicateIdOnTheSecondQuestion() {
            GiftDocument document = GiftParser.parse("""
                    ::Same:: First? {T}

                    // [id:same]
                    Second? {F}
                    """);

            assertThat(document.questions()).hasSize(1);
            assertThat(document.errors()).containsExactly(
                    new Problem(4, "The id 'same' is already used by the question on line 1."));
        }

        @Test
        void reportsMultipleResponseWeightsThatDoNotAddUpTo100() {
            assertThat(errors("Pick. {~%50%a ~%40%b ~%-50%c}")).containsExactly(new Problem(1,
                    "The positive weights of a multiple-response question must add up to 100 %, not 90 %."));
            assertThat(errors("Pick. {~%33.3%a ~%33.3%b ~%33.3%c}")).extracting(Problem::message)
                    .containsExactly("The positive weights of a multiple-response question must add up to 100 %, not 99.9 %.");
        }

        @Test
        void reportsOtherKeyProblemsOnTheQuestionLine() {
            assertThat(errors("// [id:Not A Slug]\nHalf right? {=%50%a}")).containsExactly(
                    new Problem(2, "The id must be lower-case words joined by hyphens, at most 80 characters."),
                    new Problem(2, "At least one accepted answer is worth 100 %."));
            assertThat(errors("\nHalf right? {=%50%a}")).containsExactly(new Problem(2,
                    "At least one accepted answer is worth 100 %."));
            assertThat(errors("Nothing right. {~a ~b}")).extracting(Problem::message).containsExactly(
                    "The positive weights of a multiple-response question must add up to 100 %, not 0 %.");
        }

        @Test
        void reportsNumbersThatAreNotNumbers() {
            assertThat(errors("How many? {#three}\n\nHow much? {#3:x}\n\nHow far? {#5..1}")).containsExactly(
                    new Problem(1, "The answer 'three' is not a number."),
                    new Problem(3, "The tolerance 'x' is not a number."),
                    new Problem(5, "The range 5..1 runs backwards; write the smaller number first."));
        }

        @Test
        void reportsTooFewAnswers() {
            assertThat(errors("Pick. {~only}\n\nMatch. {=a -> b}")).extracting(Problem::message).containsExactly(
                    "A multiple-choice question needs at least two answers.",
                    "A matching question needs at least two pairs (=item -> match).");
        }
    }

    @Test
    void questionLinesAreTheFirstLineAfterTheComments() {
        GiftDocument document = GiftParser.parse("""
                // true/false
                ::Q1:: 1+1=2 {T}

                // two comment lines
                // [id:q2]

                Third {T}
                """);

        assertThat(document.questions()).extracting(GiftDocument.Imported::line).containsExactly(2, 7);
    }

    @Test
    void readsMoodlesOwnExamplesWithTheExpectedCounts() throws IOException {
        GiftDocument document = GiftParser.parse(resource("gift/moodle-examples.gift"));

        assertThat(document.errors()).isEmpty();
        assertThat(document.questions()).extracting(question -> question.spec().type()).containsExactly(
                QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER, QuestionType.MATCHING,
                QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.MULTIPLE_RESPONSE, QuestionType.SINGLE_CHOICE);
        assertThat(document.skipped()).hasSize(4);
        assertThat(document.questions().get(9).spec().tags()).containsExactly("tom", "dick", "harry");
        assertThat(document.questions().get(9).spec().choices()).extracting(Option::text)
                .containsExactly("\\= 2 + 2", "\\= 2 + 3", "\\= 2 + 4");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GiftParserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
