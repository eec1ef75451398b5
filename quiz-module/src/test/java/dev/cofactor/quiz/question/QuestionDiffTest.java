package dev.cofactor.quiz.question;

import static dev.cofactor.quiz.question.Questions.choice;
import static dev.cofactor.quiz.question.Questions.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cofactor.quiz.question.QuestionDiff.Kind;
import dev.cofactor.quiz.question.QuestionDiff.Row;
import dev.cofactor.quiz.question.QuestionDiff.Segment;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an author sees when comparing two versions of a question. */
class QuestionDiffTest {

    private static Row row(List<Row> rows, String label) {
        return rows.stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> changedLabels(List<Row> rows) {
        return rows.stream().filter(Row::changed).map(Row::label).toList();
    }

    @Nested
    class Describe {

        @Test
        void aQuestionReadsAsLabelledLinesInReadingOrder() {
            QuestionSpec spec = Questions.singleChoice().quote("GABA calms").feedback("See the section.")
                    .choices(choice("a", "Inhibitory", "1", "Right."), choice("b", "Excitatory", "0")).build();
            assertThat(QuestionDiff.describe(spec)).containsExactly(
                    entry("Type", "single choice"),
                    entry("Points", "1"),
                    entry("Evidence", "boosting-gaba-activity"),
                    entry("Quote", "GABA calms"),
                    entry("Tags", "GABA-A"),
                    entry("Stem", "What is GABA's role in the brain?"),
                    entry("Choice a", "Inhibitory | weight 1 | feedback: Right."),
                    entry("Choice b", "Excitatory | weight 0"),
                    entry("General feedback", "See the section."));
        }

        @Test
        void partsLeftOutOrBlankHaveNoLine() {
            QuestionSpec spec = Questions.trueFalse().tags().quote(" ").feedback("").build();
            assertThat(QuestionDiff.describe(spec)).containsOnlyKeys("Type", "Points", "Evidence", "Stem", "The statement is");
        }

        @Test
        void eachTypeShowsItsOwnParts() {
            assertThat(QuestionDiff.describe(Questions.matching().build()))
                    .contains(entry("Item grin2a", "GRIN2A | matches nmda"), entry("Target gaba", "GABA receptor subunit"));
            assertThat(QuestionDiff.describe(Questions.shortAnswer().caseSensitive(true).build()))
                    .contains(entry("Accepted: calcium", "weight 1"), entry("Accepted: Ca*", "weight 1/2"),
                            entry("Case-sensitive", "yes"));
            assertThat(QuestionDiff.describe(Questions.ordering().partialCredit(false).build()))
                    .contains(entry("Item absorbed", "Absorbed"), entry("Partial credit", "no"));
            assertThat(QuestionDiff.describe(Questions.trueFalse().correct(false).trueFeedback("No.").falseFeedback("Yes.").build()))
                    .contains(entry("The statement is", "false"), entry("Feedback if answered true", "No."),
                            entry("Feedback if answered false", "Yes."));
            assertThat(QuestionDiff.describe(Questions.numeric().value("350.0").tolerance("1E+1").build()))
                    .contains(entry("Value", "350"), entry("Tolerance", "10"));
        }
    }

    @Nested
    class Between {

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void twoEqualVersionsShowNoChange(QuestionType type) {
            QuestionSpec spec = Questions.sound(type).build();
            List<Row> rows = QuestionDiff.between(spec, spec);
            assertThat(rows).extracting(Row::label).containsExactlyElementsOf(QuestionDiff.describe(spec).keySet());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.changed()).isFalse();
                assertThat(row.segments()).containsExactly(new Segment(Kind.SAME, QuestionDiff.describe(spec).get(row.label())));
            });
        }

        @Test
        void aChangedStemShowsThePhraseRemovedAndThePhraseAdded() {
            List<Row> rows = QuestionDiff.between(Questions.singleChoice().build(),
                    Questions.singleChoice().stem("What does GABA do in the brain?").build());
            assertThat(changedLabels(rows)).containsExactly("Stem");
            assertThat(row(rows, "Stem").segments()).containsExactly(new Segment(Kind.SAME, "What "),
                    new Segment(Kind.REMOVED, "is GABA's role"), new Segment(Kind.ADDED, "does GABA do"),
                    new Segment(Kind.SAME, " in the brain?"));
        }

        @Test
        void aChangedWeightShowsOnItsChoiceOnly() {
            List<Row> rows = QuestionDiff.between(Questions.multipleResponse().build(),
                    Questions.multipleResponse().choices(choice("gaba", "GABA", "1/2"), choice("glycine", "Glycine", "50%"),
                            choice("glutamate", "Glutamate", "-1")).build());
            assertThat(changedLabels(rows)).containsExactly("Choice glutamate");
            assertThat(row(rows, "Choice glutamate").segments()).containsExactly(new Segment(Kind.SAME, "Glutamate | weight "),
                    new Segment(Kind.REMOVED, "-1/2"), new Segment(Kind.ADDED, "-1"));
        }

        @Test
        void aRemovedChoiceStaysWhereItStoodAndAnAddedOneComesInTheNewerOrder() {
            QuestionSpec older = Questions.singleChoice().choices(choice("a", "A", "1"), choice("b", "B", "0"), choice("c", "C", "0"))
                    .build();
            QuestionSpec newer = Questions.singleChoice().choices(choice("a", "A", "1"), choice("c", "C", "0"), choice("d", "D", "0"))
                    .build();
            List<Row> rows = QuestionDiff.between(older, newer);
            assertThat(rows).extracting(Row::label).containsSubsequence("Stem", "Choice a", "Choice b", "Choice c", "Choice d");
            assertThat(row(rows, "Choice b")).isEqualTo(new Row("Choice b", true, List.of(new Segment(Kind.REMOVED, "B | weight 0"))));
            assertThat(row(rows, "Choice d")).isEqualTo(new Row("Choice d", true, List.of(new Segment(Kind.ADDED, "D | weight 0"))));
            assertThat(changedLabels(rows)).containsExactly("Choice b", "Choice d");
        }

        @Test
        void aPartOnlyOneVersionHasShowsAsAddedOrRemoved() {
            List<Row> added = QuestionDiff.between(Questions.singleChoice().build(),
                    Questions.singleChoice().feedback("GABA calms.").build());
            assertThat(row(added, "General feedback"))
                    .isEqualTo(new Row("General feedback", true, List.of(new Segment(Kind.ADDED, "GABA calms."))));
            List<Row> removed = QuestionDiff.between(Questions.singleChoice().feedback("GABA calms.").build(),
                    Questions.singleChoice().build());
            assertThat(row(removed, "General feedback"))
                    .isEqualTo(new Row("General feedback", true, List.of(new Segment(Kind.REMOVED, "GABA calms."))));
        }

        @Test
        void aChangedTypeShowsEveryPartOfBothVersions() {
            QuestionSpec older = Questions.trueFalse().build();
            QuestionSpec newer = Questions.shortAnswer().stem(older.stem()).accepted(new Accepted("true", "1")).build();
            List<Row> rows = QuestionDiff.between(older, newer);
            assertThat(changedLabels(rows)).containsExactly("Type", "The statement is", "Accepted: true");
            assertThat(row(rows, "Type").segments()).containsExactly(new Segment(Kind.REMOVED, "true false"),
                    new Segment(Kind.ADDED, "short answer"));
        }

        @Test
        void aMatchingItemPointedElsewhereShowsTheOldAndNewTarget() {
            List<Row> rows = QuestionDiff.between(Questions.matching().build(), Questions.matching()
                    .items(item("grin2a", "GRIN2A", "nmda"), item("slc6a9", "SLC6A9", "gaba")).build());
            assertThat(changedLabels(rows)).containsExactly("Item slc6a9");
            assertThat(row(rows, "Item slc6a9").segments()).containsExactly(new Segment(Kind.SAME, "SLC6A9 | matches "),
                    new Segment(Kind.REMOVED, "transport"), new Segment(Kind.ADDED, "gaba"));
        }

        @Test
        void segmentsSayWhetherTheyWereRemovedOrAdded() {
            assertThat(new Segment(Kind.REMOVED, "x").isRemoved()).isTrue();
            assertThat(new Segment(Kind.REMOVED, "x").isAdded()).isFalse();
            assertThat(new Segment(Kind.ADDED, "x").isAdded()).isTrue();
            assertThat(new Segment(Kind.SAME, "x").isAdded()).isFalse();
            assertThat(new Segment(Kind.SAME, "x").isRemoved()).isFalse();
        }
    }
}
