package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.gift.GiftDocument.Imported;
import dev.cofactor.quiz.gift.GiftDocument.Problem;
import dev.cofactor.quiz.gift.GiftDocument.Skipped;
import dev.cofactor.quiz.gift.GiftText.SourceLine;
import dev.cofactor.quiz.question.QuestionBody;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.Slugs;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads Moodle GIFT into Cofactor questions. It splits and detects as Moodle's {@code qformat_gift} does
 * (see {@code docs/gift-format.md}), then maps each question onto a {@link QuestionSpec}.
 *
 * <p><b>File.</b> CRLF and CR become LF, a BOM is dropped. Lines are trimmed; a blank line (or, as in
 * Moodle, a line holding only {@code 0}) ends a question. Whole {@code //} lines are comments. Escapes
 * {@code \~ \= \# \{ \} \: \\ \n} as in Moodle; any other backslash is kept.
 *
 * <p><b>Types.</b> Detected in Moodle's order (no braces, {@code {}}, <code>{#</code>, {@code ~}, {@code =} with
 * {@code ->}, {@code T/TRUE/F/FALSE}, else short answer), then:
 * <ul>
 *   <li>multiple choice with an {@code =} anywhere in the block (Moodle's single-answer form) and exactly one
 *       {@code =} answer, all others worth 0: {@code single_choice}, weights "1" and "0". With several
 *       {@code =} answers, or other answers with a non-zero weight ({@code =a ~%50%b}): skipped.</li>
 *   <li>multiple choice without {@code =} (Moodle's multiple-answer form): {@code multiple_response}; the
 *       positive weights must add up to exactly 100 %.</li>
 *   <li>{@code {T} {TRUE} {F} {FALSE}}: {@code true_false}. In {@code {T#wrong#right}} the first feedback is
 *       shown for the wrong answer and the second for the right one, as Moodle reads them: for T,
 *       trueFeedback = right and falseFeedback = wrong; for F, trueFeedback = wrong and falseFeedback = right.</li>
 *   <li>short answer: {@code short_answer}, each answer with its weight (default 100 %), {@code *} a
 *       wildcard; case-insensitive unless the comments hold {@code [case-sensitive]}. Feedback on an
 *       answer ({@code =a#good}) has no place in Cofactor: skipped.</li>
 *   <li>matching: {@code matching}. Each {@code =item -> target} is an item whose {@code match} is the
 *       target's id; targets are deduplicated by text, in order of first appearance; {@code = -> target}
 *       (no item) adds a distractor target. Targets are read in the question text's format.</li>
 *   <li>numeric {@code {#3:0.5}} or {@code {#1..5}} (value = midpoint, tolerance = half the width): one
 *       answer at 100 %; several answers, partial credit or feedback on the answer: skipped.</li>
 *   <li>{@code {}} (essay) and text without braces (description): skipped.</li>
 * </ul>
 * An answer block that is not at the end of the text (missing word) leaves {@code _____} in the stem.
 * {@code ####} gives the general feedback, {@code #} after a choice its feedback. A choice with empty
 * text is dropped, as Moodle drops it; unlike Moodle, {@code {#0}} reads as 0 and {@code {0}} as the
 * answer "0".
 *
 * <p><b>Weights.</b> {@code %n%} percentages become exact fractions written canonically ("1/3", "-1/2"),
 * see {@link GiftWeights}. Unlike Moodle, which reads {@code ~%abc%x} as the text "%abc%x", a
 * {@code %...%} that is not a number is an error, and so is a weight beyond ±100 %. After {@code =} in a
 * multiple choice no weight is read (Moodle: always 100 %).
 *
 * <p><b>Text formats.</b> {@code [markdown] [html] [plain] [moodle]} as described in {@link TextFormat};
 * question text defaults to {@code [moodle]}, every other part (choices, feedback, items, targets) to the
 * question text's format. Accepted short answers are taken as typed, whatever their tag.
 *
 * <p><b>Comments.</b> {@code $CATEGORY: a/b} makes each path segment, except a context such as
 * {@code $course$} and a leading {@code top}, a tag of the questions that follow, until the next
 * {@code $CATEGORY:}. Tokens in the {@code //} lines of a question (see {@link CommentTokens}):
 * {@code [id:]}, {@code [tag:]}, {@code [evidence:article-slug#anchor]} (sets the article and the spec's
 * evidence; without it the question is a draft, not an error), {@code [points:N]}, {@code [quote:...]},
 * {@code [case-sensitive]}, {@code [choice-ids:a b c]}, {@code [item-ids:...]}, {@code [target-ids:...]}
 * (without them: "a", "b", "c"... for choices and items, "t1", "t2"... for targets).
 *
 * <p><b>Ids and names.</b> The id is {@code [id:]}, else the {@code ::name::}, else the first words of the
 * stem, made a slug of at most 60 characters ({@code question-<line>} when nothing is left); a second
 * question with an id already used in the file is an error. The name is the {@code ::name::}, else the
 * stem shortened to 80 characters as Moodle does.
 *
 * <p><b>Checks.</b> Every mapped question runs {@link QuestionSpec#problems()}; each problem (except the
 * missing evidence of a draft) is an error on the question's line, and the question is left out.
 */
public final class GiftParser {

    private static final String BLANK = String.valueOf(GiftText.BLANK);
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final int NAME_LENGTH = 80;

    private GiftParser() {
    }

    public static GiftDocument parse(String text) {
        Reading reading = new Reading();
        blocks(text).forEach(reading::read);
        return new GiftDocument(reading.questions, reading.errors, reading.skipped);
    }

    private static List<List<SourceLine>> blocks(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normal.startsWith("\uFEFF")) {
            normal = normal.substring(1);
        }
        String[] lines = normal.split("\n", -1);
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = GiftText.phpTrim(lines[i]);
            if (line.isEmpty() || line.equals("0")) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(new SourceLine(i + 1, line));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** A mistake that stops reading the question. */
    private static final class Failure extends RuntimeException {
        private final int line;

        Failure(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** Valid GIFT that Cofactor cannot represent. */
    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class Reading {
        private final List<Imported> questions = new ArrayList<>();
        private final List<Problem> errors = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final Map<String, Integer> idLines = new HashMap<>();
        private List<String> categoryTags = List.of();

        void read(List<SourceLine> block) {
            List<SourceLine> body = new ArrayList<>();
            List<SourceLine> comments = new ArrayList<>();
            int line = 0;
            for (SourceLine source : block) {
                if (source.text().startsWith("//")) {
                    comments.add(new SourceLine(source.number(), source.text().substring(2)));
                    body.add(new SourceLine(source.number(), " "));
                } else {
                    body.add(source);
                    line = line == 0 ? source.number() : line;
                }
            }
            GiftText text = GiftText.read(body).trim();
            if (text.isEmpty()) {
                return;
            }
            if (text.startsWith("$CATEGORY:")) {
                category(text.slice("$CATEGORY:".length()).trim(), line);
                return;
            }
            QuestionReader question = new QuestionReader(line, text, CommentTokens.read(comments), categoryTags);
            try {
                question.read();
            } catch (Skip skip) {
                skipped.add(new Skipped(line, skip.getMessage()));
                return;
            } catch (Failure failure) {
                question.problems.add(new Problem(failure.line, failure.getMessage()));
            }
            if (question.id != null) {
                Integer first = idLines.putIfAbsent(question.id, line);
                if (first != null) {
                    question.problems.add(new Problem(line,
                            "The id '" + question.id + "' is already used by the question on line " + first + "."));
                }
            }
            if (question.problems.isEmpty()) {
                questions.add(new Imported(line, question.name, question.articleSlug, question.spec));
            } else {
                question.problems.sort(Comparator.comparingInt(Problem::line));
                errors.addAll(question.problems);
            }
        }

        private void category(GiftText path, int line) {
            if (path.indexOf('\n') >= 0) {
                errors.add(new Problem(line, "A $CATEGORY: line must be followed by a blank line;"
                        + " here the lines after it were read as part of the category."));
                return;
            }
            List<String> tags = new ArrayList<>();
            for (String segment : path.text().replace("//", "\uE001").split("/")) {
                String name = GiftText.phpTrim(segment.replace('\uE001', '/'));
                if (!name.isEmpty() && !name.matches("\\$[a-z]+\\$") && !(tags.isEmpty() && name.equals("top"))) {
                    tags.add(name);
                }
            }
            categoryTags = List.copyOf(tags);
        }
    }

    private record Formatted(TextFormat format, String text) {
        String markdown() {
            return format.toMarkdown(text).replace(BLANK, "_____");
        }
    }

    /** An answer split at its first {@code #}: text and feedback (null without a {@code #}). */
    private record Part(Formatted text, Formatted feedback) {
        boolean hasFeedback() {
            return feedback != null && !feedback.text().isEmpty();
        }
    }

    private record Weighted(Fraction weight, GiftText rest) {
    }

    private static final class QuestionReader {
        private final int line;
        private final CommentTokens.Reading tokens;
        private final List<String> categoryTags;
        private final List<Problem> problems = new ArrayList<>();
        private GiftText text;
        private TextFormat format;
        private String name;
        private String id;
        private String articleSlug;
        private QuestionSpec spec;

        QuestionReader(int line, GiftText text, CommentTokens.Reading tokens, List<String> categoryTags) {
            this.line = line;
            this.text = text;
            this.tokens = tokens;
            this.categoryTags = categoryTags;
        }

        void read() {
            problems.addAll(tokens.problems());
            String title = null;
            if (text.startsWith("::")) {
                GiftText rest = text.slice(2);
                int end = rest.indexOf("::", 0);
                if (end < 0) {
                    text = rest;
                } else {
                    title = GiftText.phpTrim(rest.slice(0, end).text());
                    text = rest.slice(end + 2).trim();
                }
            }
            int open = text.indexOf('{');
            int close = text.indexOf('}');
            if (open < 0 && close < 0) {
                throw new Skip("Descriptions (text without an answer block in braces) are not supported:"
                        + " a Cofactor question needs an answer.");
            }
            checkBraces(open, close);
            GiftText answers = text.slice(open + 1, close).trim();
            GiftText questionText = text.replace(open, close + 1, !text.endsWith('}'));
            GiftText generalFeedback = null;
            int hashes = answers.lastIndexOf("####");
            if (hashes >= 0) {
                generalFeedback = answers.slice(hashes + 4);
                answers = answers.slice(0, hashes).trim();
            }

            Formatted stem = formatted(questionText, TextFormat.MOODLE);
            format = stem.format();
            String plainStem = stem.text().replace(BLANK, "_____");
            name = title != null && !title.isEmpty() ? title : shorten(plainStem);
            id = idFor(title, plainStem);
            String evidence = evidence();
            Integer points = points();
            if (answers.isEmpty()) {
                throw new Skip("Essay questions are not supported: Cofactor scores every answer itself.");
            }
            QuestionBody typed = typed(answers);
            String feedback = generalFeedback == null ? null : nullIfEmpty(formatted(generalFeedback, format).markdown());
            spec = QuestionSpec.of(new QuestionSpec.Common(id, stem.markdown(), points, tags(), evidence, quote(), feedback),
                    typed);
            check();
        }

        private void checkBraces(int open, int close) {
            if (close < 0) {
                throw new Failure(text.lineAt(open), "The answer block has no closing }."
                        + " (A blank line, or a line holding only 0, ends a question even inside its answers.)");
            }
            if (open < 0) {
                throw new Failure(text.lineAt(close), "There is a } without an opening {."
                        + " (A blank line inside the answers ends the question early; a literal } is written \\}.)");
            }
            if (close < open) {
                throw new Failure(text.lineAt(close), "A } comes before the answer block's {; a literal } is written \\}.");
            }
            int extraOpen = text.indexOf('{', open + 1);
            int extraClose = text.indexOf('}', close + 1);
            int extra = extraOpen < 0 ? extraClose : extraClose < 0 ? extraOpen : Math.min(extraOpen, extraClose);
            if (extra >= 0) {
                throw new Failure(text.lineAt(extra), "A question has one answer block, and this one has another { or };"
                        + " a literal brace is written \\{ or \\}.");
            }
        }

        private QuestionBody typed(GiftText answers) {
            if (answers.isLive(0, '#')) {
                return numeric(answers);
            } else if (answers.indexOf('~') >= 0) {
                return multipleChoice(answers);
            } else if (answers.indexOf('=') >= 0 && answers.indexOf("->", 0) >= 0) {
                return matching(answers);
            }
            int hash = answers.indexOf('#');
            String answer = hash > 0 ? answers.slice(0, hash).trim().text() : answers.text();
            return TRUE_FALSE.contains(answer) ? trueFalse(answers) : shortAnswer(answers);
        }

        private QuestionBody multipleChoice(GiftText answers) {
            boolean single = answers.indexOf('=') >= 0;
            List<String> texts = new ArrayList<>();
            List<Fraction> weights = new ArrayList<>();
            List<String> feedbacks = new ArrayList<>();
            List<GiftText> pieces = answers.splitBefore("~=");
            for (int i = 0; i < pieces.size(); i++) {
                GiftText piece = pieces.get(i).trim();
                if (piece.isEmpty()) {
                    continue;
                }
                Weighted weighted = piece.isLive(0, '=') ? new Weighted(Fraction.ONE, piece.slice(1).trim())
                        : weight((i == 0 ? piece : piece.slice(1)).trim(), Fraction.ZERO);
                Part part = part(weighted.rest());
                if (!part.text().text().isEmpty()) {
                    texts.add(part.text().markdown());
                    weights.add(weighted.weight());
                    feedbacks.add(part.feedback() == null ? null : nullIfEmpty(part.feedback().markdown()));
                }
            }
            if (texts.size() < 2) {
                throw new Failure(line, "A multiple-choice question needs at least two answers.");
            }
            if (single && weights.stream().filter(Fraction.ONE::equals).count() > 1) {
                throw new Skip("Multiple-choice questions with more than one fully right answer (=) are not supported:"
                        + " a Cofactor single choice has one right answer (for several, give weights: ~%50%a ~%50%b).");
            }
            if (single && weights.stream().anyMatch(weight -> !weight.equals(Fraction.ONE) && !weight.equals(Fraction.ZERO))) {
                throw new Skip("Single-answer multiple-choice questions with partial or negative credit (=a ~%50%b)"
                        + " are not supported: Cofactor scores a single choice as right or wrong.");
            }
            List<String> ids = ids("choice-ids", texts.size(), "choices", GiftParser::letters);
            List<Option> choices = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                choices.add(new Option(ids.get(i), texts.get(i), weights.get(i).toString(), null, feedbacks.get(i)));
            }
            return single ? new QuestionBody.SingleChoice(choices) : new QuestionBody.MultipleResponse(choices);
        }

        private QuestionBody trueFalse(GiftText answers) {
            List<GiftText> bits = answers.split('#', 3);
            boolean correct = bits.get(0).trim().text().startsWith("T");
            String wrong = bits.size() > 1 ? nullIfEmpty(formatted(bits.get(1).trim(), format).markdown()) : null;
            String right = bits.size() > 2 ? nullIfEmpty(formatted(bits.get(2).trim(), format).markdown()) : null;
            return new QuestionBody.TrueFalse(correct, correct ? right : wrong, correct ? wrong : right);
        }

        private QuestionBody shortAnswer(GiftText answers) {
            List<Accepted> accepted = new ArrayList<>();
            boolean feedback = false;
            for (GiftText segment : answers.split('=')) {
                GiftText answer = segment.trim();
                if (answer.isEmpty()) {
                    continue;
                }
                Weighted weighted = weight(answer, Fraction.ONE);
                Part part = part(weighted.rest());
                if (!part.text().text().isEmpty()) {
                    accepted.add(new Accepted(part.text().text(), weighted.weight().toString()));
                    feedback |= part.hasFeedback();
                }
            }
            if (accepted.isEmpty()) {
                throw new Failure(line, "A short-answer question needs at least one accepted answer.");
            }
            if (feedback) {
                throw new Skip("Feedback on a short answer (=answer#feedback) is not supported: Cofactor keeps one"
                        + " general feedback per question; move it after #### or remove it.");
            }
            Boolean caseSensitive = tokens.first("case-sensitive") != null ? Boolean.TRUE : null;
            return new QuestionBody.ShortAnswer(accepted, caseSensitive);
        }

        private QuestionBody matching(GiftText answers) {
            List<GiftText> pairs = new ArrayList<>();
            for (GiftText segment : answers.split('=')) {
                if (!segment.trim().isEmpty() || !pairs.isEmpty()) {
                    pairs.add(segment.trim());
                }
            }
            if (pairs.size() < 2) {
                throw new Failure(line, "A matching question needs at least two pairs (=item -> match).");
            }
            List<String> itemTexts = new ArrayList<>();
            List<Integer> itemTargets = new ArrayList<>();
            Map<String, Integer> targetTexts = new LinkedHashMap<>();
            for (GiftText pair : pairs) {
                int arrow = pair.indexOf("->", 0);
                if (arrow < 0) {
                    throw new Failure(pair.line(), "The matching pair '" + pair.text() + "' has no ->;"
                            + " write each pair as =item -> match.");
                }
                String target = GiftText.phpTrim(pair.slice(arrow + 2).text());
                if (target.isEmpty()) {
                    throw new Failure(pair.line(), "The matching pair '" + pair.text() + "' has nothing after ->.");
                }
                int targetIndex = targetTexts.computeIfAbsent(format.toMarkdown(target), key -> targetTexts.size());
                Formatted item = formatted(pair.slice(0, arrow), format);
                if (!item.text().isEmpty()) {
                    itemTexts.add(item.markdown());
                    itemTargets.add(targetIndex);
                }
            }
            List<String> itemIds = ids("item-ids", itemTexts.size(), "items", GiftParser::letters);
            List<String> targetIds = ids("target-ids", targetTexts.size(), "targets", index -> "t" + (index + 1));
            List<Option> items = new ArrayList<>();
            for (int i = 0; i < itemTexts.size(); i++) {
                items.add(new Option(itemIds.get(i), itemTexts.get(i), null, targetIds.get(itemTargets.get(i)), null));
            }
            List<Option> targets = new ArrayList<>();
            targetTexts.forEach((target, index) -> targets.add(new Option(targetIds.get(index), target, null, null, null)));
            return new QuestionBody.Matching(items, targets);
        }

        private QuestionBody numeric(GiftText answers) {
            GiftText body = answers.slice(1);
            boolean feedback = false;
            int tilde = body.indexOf('~');
            if (tilde >= 0) {
                feedback = part(body.slice(tilde)).hasFeedback();
                body = body.slice(0, tilde);
            }
            List<BigDecimal[]> numbers = new ArrayList<>();
            boolean partial = false;
            for (GiftText segment : body.split('=')) {
                GiftText answer = segment.trim();
                if (answer.isEmpty()) {
                    continue;
                }
                Weighted weighted = weight(answer, Fraction.ONE);
                Part part = part(weighted.rest());
                numbers.add(number(part.text().text(), answer.line()));
                partial |= !weighted.weight().equals(Fraction.ONE);
                feedback |= part.hasFeedback();
            }
            if (numbers.isEmpty()) {
                throw new Failure(line, "A numeric question needs a number after {#, such as {#3:0.5} or {#1..5}.");
            }
            if (numbers.size() > 1 || partial) {
                throw new Skip("Numeric questions with several answers or partial credit are not supported:"
                        + " a Cofactor numeric question has one value and a tolerance.");
            }
            if (feedback) {
                throw new Skip("Feedback on a numeric answer is not supported: Cofactor keeps one general feedback"
                        + " per question; move it after #### or remove it.");
            }
            return new QuestionBody.Numeric(numbers.get(0)[0], numbers.get(0)[1]);
        }

        /** Value and tolerance (null when not given) of {@code 3}, {@code 3:0.5} or {@code 1..5}. */
        private static BigDecimal[] number(String answer, int line) {
            int dots = answer.indexOf("..");
            if (dots > 0) {
                BigDecimal min = decimal(answer.substring(0, dots), "The lower end of the range", line);
                BigDecimal max = decimal(answer.substring(dots + 2), "The upper end of the range", line);
                if (max.compareTo(min) < 0) {
                    throw new Failure(line, "The range " + answer + " runs backwards; write the smaller number first.");
                }
                BigDecimal value = min.add(max).divide(BigDecimal.valueOf(2));
                return new BigDecimal[] {tidy(value), tidy(max.subtract(value))};
            }
            int colon = answer.indexOf(':');
            if (colon > 0) {
                BigDecimal tolerance = decimal(answer.substring(colon + 1), "The tolerance", line);
                if (tolerance.signum() < 0) {
                    throw new Failure(line, "The tolerance " + tolerance.toPlainString() + " cannot be negative.");
                }
                return new BigDecimal[] {decimal(answer.substring(0, colon), "The answer", line), tolerance};
            }
            return new BigDecimal[] {decimal(answer, "The answer", line), null};
        }

        private static BigDecimal decimal(String text, String what, int line) {
            try {
                return new BigDecimal(GiftText.phpTrim(text));
            } catch (NumberFormatException notANumber) {
                throw new Failure(line, what + " '" + GiftText.phpTrim(text) + "' is not a number.");
            }
        }

        private static BigDecimal tidy(BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
        }

        /** The leading {@code %n%} weight of an answer, or {@code otherwise} without one. */
        private static Weighted weight(GiftText answer, Fraction otherwise) {
            int close = answer.isLive(0, '%') ? answer.indexOf('%', 1) : -1;
            String percent = close < 0 ? "" : answer.slice(1, close).text();
            if (percent.isEmpty() || percent.chars().anyMatch(Character::isWhitespace)) {
                return new Weighted(otherwise, answer);
            }
            if (!percent.matches("-?\\d+(\\.\\d*)?")) {
                throw new Failure(answer.line(), "The weight %" + percent + "% is not a number;"
                        + " write a percentage such as %50% or %-33.33333%.");
            }
            BigDecimal value = new BigDecimal(percent.endsWith(".") ? percent + "0" : percent);
            if (value.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new Failure(answer.line(), "The weight %" + percent + "% is beyond 100%;"
                        + " weights go from -100% to 100%.");
            }
            return new Weighted(GiftWeights.fromPercent(value), answer.slice(close + 1).trim());
        }

        /** Moodle's {@code commentparser}: text and feedback split at the first {@code #}. */
        private Part part(GiftText answer) {
            List<GiftText> bits = answer.split('#', 2);
            return new Part(formatted(bits.get(0).trim(), format),
                    bits.size() > 1 ? formatted(bits.get(1).trim(), format) : null);
        }

        private List<String> ids(String token, int count, String what, IntFunction<String> otherwise) {
            CommentTokens.Token given = tokens.first(token);
            if (given != null) {
                List<String> ids = given.value().isBlank() ? List.of() : List.of(given.value().split("\\s+"));
                if (ids.size() == count) {
                    return ids;
                }
                problems.add(new Problem(given.line(), "The comment [" + token + ":...] lists " + ids.size()
                        + " ids, but the question has " + count + " " + what + "."));
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(otherwise.apply(i));
            }
            return ids;
        }

        private String idFor(String title, String plainStem) {
            CommentTokens.Token given = tokens.first("id");
            if (given != null && !given.value().isEmpty()) {
                return given.value();
            }
            String slug = Slugs.slug(title != null && !title.isEmpty() ? title : plainStem, 60);
            return slug.isEmpty() ? "question-" + line : slug;
        }

        private Integer points() {
            CommentTokens.Token given = tokens.first("points");
            if (given == null) {
                return null;
            }
            try {
                return Integer.valueOf(given.value());
            } catch (NumberFormatException notWhole) {
                problems.add(new Problem(given.line(), "The comment [points:" + given.value()
                        + "] needs a whole number of points, such as [points:2]."));
                return null;
            }
        }

        private List<String> tags() {
            Set<String> tags = new LinkedHashSet<>(categoryTags);
            tokens.values("tag").stream().filter(tag -> !tag.isEmpty()).forEach(tags::add);
            return tags.isEmpty() ? null : List.copyOf(tags);
        }

        private String evidence() {
            CommentTokens.Token given = tokens.first("evidence");
            if (given == null) {
                return null;
            }
            int hash = given.value().indexOf('#');
            String anchor = hash < 0 ? "" : given.value().substring(hash + 1).strip();
            if (anchor.isEmpty()) {
                problems.add(new Problem(given.line(), "The comment [evidence:" + given.value()
                        + "] must name the article and its section: [evidence:article-slug#section-anchor]."));
                return null;
            }
            articleSlug = nullIfEmpty(given.value().substring(0, hash).strip());
            return anchor;
        }

        private String quote() {
            CommentTokens.Token given = tokens.first("quote");
            return given == null ? null : nullIfEmpty(given.value());
        }

        /** The spec's own problems, a draft's missing evidence aside, on the question's line. */
        private void check() {
            problemsOfDraft(spec).forEach(problem -> problems.add(new Problem(line, problem)));
        }
    }

    /** {@link QuestionSpec#check()} except the missing evidence anchor: a question without one is a draft. */
    static List<String> problemsOfDraft(QuestionSpec spec) {
        return spec.check().entrySet().stream().filter(problem -> !problem.getKey().equals("evidence"))
                .map(Map.Entry::getValue).toList();
    }


    /** Moodle's {@code parse_text_with_format}: a leading known {@code [format]} tag, then the text trimmed. */
    private static Formatted formatted(GiftText text, TextFormat otherwise) {
        if (text.isLive(0, '[')) {
            int close = text.text().indexOf(']');
            TextFormat named = close > 0 ? TextFormat.named(text.slice(1, close).text()) : null;
            if (named != null) {
                return new Formatted(named, GiftText.phpTrim(text.slice(close + 1).text()));
            }
        }
        return new Formatted(otherwise, GiftText.phpTrim(text.text()));
    }

    /** "a", "b", ... "z", "aa", "ab", ... */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            letters.insert(0, (char) ('a' + n % 26));
        }
        return letters.toString();
    }

    /** Moodle's default name: the question text without HTML tags, on one line, shortened to 80 characters. */
    private static String shorten(String text) {
        String oneLine = text.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= NAME_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', NAME_LENGTH - 3);
        return oneLine.substring(0, cut > 0 ? cut : NAME_LENGTH - 3) + "...";
    }

    private static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
