package dev.cofactor.quiz.quiz;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Questions of one quiz whose text gives away another's answer: a short answer worth full credit (three
 * characters or more, wildcards aside) that stands as a word in the stem, a choice, an item or a target of
 * another question the same attempt shows. An attempt would then answer itself.
 */
public final class Giveaways {

    /** {@code answer}, the right answer of question {@code question}, stands in the text of question {@code in}. */
    public record Giveaway(String question, String answer, String in) {
        public String message() {
            return "Question " + in + " gives away the answer of " + question + " (\"" + answer + "\"): reword one of them.";
        }
    }

    private Giveaways() {
    }

    public static List<Giveaway> in(List<QuestionSpec> questions) {
        List<Giveaway> found = new ArrayList<>();
        for (QuestionSpec answered : questions) {
            if (answered.type() != QuestionType.SHORT_ANSWER || answered.accepted() == null) {
                continue;
            }
            for (QuestionSpec.Accepted accepted : answered.accepted()) {
                String answer = accepted.text().replace("*", "").strip();
                Fraction worth = QuestionSpec.weightOrNull(accepted.weight());
                if (answer.length() < 3 || worth == null || worth.compareTo(Fraction.ONE) != 0) {
                    continue;
                }
                Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(answer.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])");
                for (QuestionSpec other : questions) {
                    if (other != answered && word.matcher(text(other)).find()) {
                        found.add(new Giveaway(answered.id(), answer, other.id()));
                    }
                }
            }
        }
        return found;
    }

    /** What a learner reads of a question while answering it. */
    private static String text(QuestionSpec spec) {
        return Stream.of(Stream.of(spec.stem()), options(spec.choices()), options(spec.items()), options(spec.targets()))
                .flatMap(part -> part).filter(Objects::nonNull).map(text -> text.toLowerCase(Locale.ROOT))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static Stream<String> options(List<QuestionSpec.Option> options) {
        return options == null ? Stream.empty() : options.stream().map(QuestionSpec.Option::text);
    }
}
