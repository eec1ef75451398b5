package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Fraction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes Cofactor questions as Moodle GIFT that {@link GiftParser} reads back as the same question
 * ({@link QuestionSpec#sameAs}), except for what GIFT has no room for: spaces and line breaks at either end
 * of a text (GIFT trims every text, as Moodle does), carriage returns, a tag given twice (read once), and the
 * weights of a single choice's wrong choices (read as 0, see below).
 *
 * <p>Each question is a block of {@code //} comment lines ({@code [id:] [tag:]...}, then Cofactor's
 * extensions: {@code [evidence:article-slug#anchor] [points:N] [case-sensitive]}, {@code [quote:...]},
 * and {@code [choice-ids:] [item-ids:] [target-ids:]} when the ids are not the parser's defaults), then
 * {@code ::id::[markdown]stem{answers}}, laid out as Moodle's own export lays it out (one answer per
 * tab-indented line; true/false and numeric on one line). Questions are separated by one blank line.
 * Every text is escaped ({@code \ # = ~ { } :}, and each newline as {@code \n}, since a blank line would
 * end the question); a text starting with {@code [} gets an explicit {@code [markdown]} so that it is not
 * read as a format tag. Weights are Moodle percentages ({@code %33.33333%}), see {@link GiftWeights}.
 * A stem holding {@code _____} gets the answer block in its place (missing word), unless the blank ends
 * the stem (nothing but spaces after it): then the block follows it and the blank stays.
 *
 * <p>Choices: single choice as {@code =right ~other}; its other choices are written without weight (Cofactor
 * scores them 0 whatever their weight). Multiple response as {@code ~%w%} for every non-zero weight and no
 * {@code =}. Short answers as {@code =%w%text}. Matching as {@code =item -> target}, each target not used by
 * an item as {@code = -> target} (a distractor, placed so that targets keep their order). Numeric as
 * {@code {#=value:tolerance}}.
 *
 * <p>Not written, and listed in {@link GiftExport#notExported()} and in a leading comment with the reason:
 * ordering questions (GIFT has no such type), questions with {@link QuestionSpec#problems()} other than a
 * draft's missing evidence, and questions GIFT cannot carry unchanged (a weight that is no Moodle
 * percentage such as 1/11, a {@code ->} in a short answer or a matching item, an empty answer text, two
 * targets with the same text, feedback on a matching item or target, an option id with a space).
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static GiftExport write(List<Exportable> questions) {
        StringBuilder body = new StringBuilder();
        StringBuilder reasons = new StringBuilder();
        List<String> notExported = new ArrayList<>();
        for (Exportable question : questions) {
            String reason = unwritable(question.spec());
            if (reason != null) {
                notExported.add(String.valueOf(question.spec().id()));
                reasons.append(("// " + question.spec().id() + ": " + reason).replaceAll("[\r\n]+", " ")).append('\n');
            } else {
                body.append(body.isEmpty() ? "" : "\n").append(question(question));
            }
        }
        String header = reasons.isEmpty() ? "" : "// Not exported:\n" + reasons + "\n";
        return new GiftExport(header + body, notExported);
    }

    private static String question(Exportable question) {
        QuestionSpec spec = question.spec();
        StringBuilder gift = new StringBuilder();
        List<String> names = new ArrayList<>(List.of(CommentTokens.token("id", spec.id())));
        spec.tagsOrEmpty().stream().filter(tag -> tag != null && !tag.isBlank())
                .forEach(tag -> names.add(CommentTokens.token("tag", tag)));
        comment(gift, names);
        List<String> extensions = new ArrayList<>();
        if (spec.evidence() != null && !spec.evidence().isBlank()) { // a blank anchor is a draft's, as none
            String slug = question.articleSlug() == null ? "" : question.articleSlug();
            extensions.add(CommentTokens.token("evidence", slug + "#" + spec.evidence()));
        }
        if (spec.points() != null) {
            extensions.add(CommentTokens.token("points", spec.points().toString()));
        }
        if (Boolean.TRUE.equals(spec.caseSensitive())) {
            extensions.add(CommentTokens.flag("case-sensitive"));
        }
        comment(gift, extensions);
        if (spec.quote() != null) {
            comment(gift, List.of(CommentTokens.token("quote", spec.quote())));
        }
        comment(gift, optionIds(spec));

        gift.append("::").append(escape(spec.id())).append("::[markdown]");
        String block = block(spec);
        int blank = spec.stem().indexOf("_____");
        String after = blank < 0 ? "" : escape(spec.stem().substring(blank + 5));
        if (!GiftText.phpTrim(after).isEmpty()) { // only spaces after it: the parser trims them and sees no blank
            gift.append(escape(spec.stem().substring(0, blank))).append(block).append(after);
        } else {
            gift.append(escape(spec.stem())).append(block);
        }
        return gift.append('\n').toString();
    }

    private static void comment(StringBuilder gift, List<String> tokens) {
        if (!tokens.isEmpty()) {
            gift.append("// ").append(String.join(" ", tokens)).append('\n');
        }
    }

    private static List<String> optionIds(QuestionSpec spec) {
        List<String> tokens = new ArrayList<>();
        switch (spec.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> idsToken(tokens, "choice-ids", spec.choices(), GiftParser::letters);
            case MATCHING -> {
                idsToken(tokens, "item-ids", spec.items(), GiftParser::letters);
                idsToken(tokens, "target-ids", spec.targets(), index -> "t" + (index + 1));
            }
            default -> {
            }
        }
        return tokens;
    }

    private static void idsToken(List<String> tokens, String name, List<Option> options, IntFunction<String> defaults) {
        List<String> ids = options.stream().map(Option::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals(defaults.apply(i))) {
                tokens.add(CommentTokens.token(name, String.join(" ", ids)));
                return;
            }
        }
    }

    private static String block(QuestionSpec spec) {
        return switch (spec.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(spec);
            case TRUE_FALSE -> trueFalse(spec);
            case SHORT_ANSWER -> shortAnswer(spec);
            case MATCHING -> matching(spec);
            case NUMERIC -> "{#=" + spec.value().toPlainString()
                    + (spec.tolerance() == null ? "" : ":" + spec.tolerance().toPlainString())
                    + (isEmpty(spec.feedback()) ? "" : "####" + text(spec.feedback())) + "}";
            case ORDERING -> throw new IllegalArgumentException("Ordering questions have no GIFT form");
        };
    }

    private static String choices(QuestionSpec spec) {
        boolean single = spec.type() == QuestionType.SINGLE_CHOICE;
        StringBuilder block = new StringBuilder("{\n");
        for (Option choice : spec.choices()) {
            Fraction weight = Fraction.parse(choice.weight());
            String mark = single && weight.equals(Fraction.ONE) ? "="
                    : single || weight.equals(Fraction.ZERO) ? "~" : "~%" + percent(weight) + "%";
            if (mark.equals("~") && GiftText.phpTrim(choice.text()).startsWith("%")) { // else read as a weight
                mark = "~%0%";
            }
            block.append('\t').append(mark).append(text(choice.text()));
            if (!isEmpty(choice.feedback())) {
                block.append('#').append(text(choice.feedback()));
            }
            block.append('\n');
        }
        return block.append(generalFeedback(spec)).append('}').toString();
    }

    private static String trueFalse(QuestionSpec spec) {
        boolean correct = spec.correct();
        String right = correct ? spec.trueFeedback() : spec.falseFeedback();
        String wrong = correct ? spec.falseFeedback() : spec.trueFeedback();
        StringBuilder block = new StringBuilder("{").append(correct ? "TRUE" : "FALSE");
        if (!isEmpty(wrong)) {
            block.append('#').append(text(wrong));
        } else if (!isEmpty(right)) {
            block.append('#');
        }
        if (!isEmpty(right)) {
            block.append('#').append(text(right));
        }
        if (!isEmpty(spec.feedback())) {
            block.append("####").append(text(spec.feedback()));
        }
        return block.append('}').toString();
    }

    private static String shortAnswer(QuestionSpec spec) {
        StringBuilder block = new StringBuilder("{\n");
        for (Accepted accepted : spec.accepted()) {
            block.append("\t=%").append(percent(Fraction.parse(accepted.weight()))).append('%')
                    .append(text(accepted.text())).append('\n');
        }
        return block.append(generalFeedback(spec)).append('}').toString();
    }

    /** Items in order; a target no item has reached yet is written as a distractor just before it is needed. */
    private static String matching(QuestionSpec spec) {
        StringBuilder block = new StringBuilder("{\n");
        List<Option> targets = spec.targets();
        Set<String> written = new HashSet<>();
        int next = 0;
        for (Option item : spec.items()) {
            int target = indexOf(targets, item.match());
            for (; next < target; next++) {
                if (written.add(targets.get(next).id())) {
                    block.append("\t= -> ").append(escape(targets.get(next).text())).append('\n');
                }
            }
            written.add(item.match());
            next = Math.max(next, target + 1);
            block.append("\t=").append(text(item.text())).append(" -> ").append(escape(targets.get(target).text()))
                    .append('\n');
        }
        for (Option target : targets) {
            if (written.add(target.id())) {
                block.append("\t= -> ").append(escape(target.text())).append('\n');
            }
        }
        return block.append(generalFeedback(spec)).append('}').toString();
    }

    private static int indexOf(List<Option> options, String id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No target " + id);
    }

    private static String generalFeedback(QuestionSpec spec) {
        return isEmpty(spec.feedback()) ? "" : "\t####" + text(spec.feedback()) + "\n";
    }

    /**
     * A text in the question's format (Markdown): escaped, with {@code [markdown]} when it starts with {@code [}
     * once trimmed, as the parser looks for a format tag.
     */
    private static String text(String markdown) {
        return (GiftText.phpTrim(markdown).startsWith("[") ? "[markdown]" : "") + escape(markdown);
    }

    /** Moodle's {@code repchar}: GIFT's special characters escaped, newlines as {@code \n}, CR dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String percent(Fraction weight) {
        return GiftWeights.toPercent(weight).orElseThrow();
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    /** Why this question is not written, or null when it can be. */
    private static String unwritable(QuestionSpec spec) {
        if (spec.type() == QuestionType.ORDERING) {
            return "ordering questions have no GIFT form.";
        }
        List<String> problems = GiftParser.problemsOfDraft(spec);
        if (!problems.isEmpty()) {
            return "it is not valid: " + problems.get(0);
        }
        return switch (spec.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> unwritableChoices(spec);
            case SHORT_ANSWER -> unwritableAnswers(spec);
            case MATCHING -> unwritablePairs(spec);
            case NUMERIC -> spec.value() == null ? "it has no value." : null;
            default -> null;
        };
    }

    private static String unwritableChoices(QuestionSpec spec) {
        for (Option choice : spec.choices()) {
            if (choice.text().isBlank()) {
                return "a choice has no text, and GIFT drops empty answers.";
            }
            Fraction weight = Fraction.parse(choice.weight());
            if (spec.type() == QuestionType.MULTIPLE_RESPONSE && GiftWeights.toPercent(weight).isEmpty()) {
                return "the weight " + weight + " is no percentage Moodle can write and read back.";
            }
        }
        return unwritableIds(spec.choices());
    }

    private static String unwritableAnswers(QuestionSpec spec) {
        for (Accepted accepted : spec.accepted()) {
            if (accepted.text() == null || accepted.text().isBlank()) {
                return "an accepted answer is empty, and GIFT drops empty answers.";
            }
            if (accepted.text().contains("->")) {
                return "the accepted answer '" + accepted.text() + "' holds ->, which makes GIFT read a matching question.";
            }
            if (GiftWeights.toPercent(Fraction.parse(accepted.weight())).isEmpty()) {
                return "the weight " + accepted.weight() + " is no percentage Moodle can write and read back.";
            }
        }
        return null;
    }

    private static String unwritablePairs(QuestionSpec spec) {
        Set<String> targetTexts = new HashSet<>();
        for (Option target : spec.targets()) {
            if (target.text().isBlank()) {
                return "a target has no text.";
            }
            if (!targetTexts.add(GiftText.phpTrim(target.text()))) { // as the parser trims and compares them
                return "two targets read '" + target.text() + "', and GIFT tells targets apart by their text.";
            }
        }
        for (Option item : spec.items()) {
            if (item.text().isBlank()) {
                return "an item has no text, which GIFT reads as a distractor target.";
            }
            if (item.text().contains("->")) {
                return "the item '" + item.text() + "' holds ->, which GIFT reads as the end of the item.";
            }
        }
        if (spec.items().stream().anyMatch(item -> item.feedback() != null)
                || spec.targets().stream().anyMatch(target -> target.feedback() != null)) {
            return "GIFT matching questions have no feedback on items or targets.";
        }
        String items = unwritableIds(spec.items());
        return items != null ? items : unwritableIds(spec.targets());
    }

    private static String unwritableIds(List<Option> options) {
        for (Option option : options) {
            if (option.id().isEmpty() || option.id().chars().anyMatch(Character::isWhitespace)) {
                return "the id '" + option.id() + "' holds a space, and ids are listed separated by spaces.";
            }
        }
        return null;
    }
}
