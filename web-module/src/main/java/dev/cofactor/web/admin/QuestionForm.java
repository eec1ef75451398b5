package dev.cofactor.web.admin;

import static dev.cofactor.web.admin.Forms.first;
import static dev.cofactor.web.admin.Forms.integer;
import static dev.cofactor.web.admin.Forms.lines;

import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionService.Authored;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.question.Slugs;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.web.TypedNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The question editor's form as the admin filled it in, row by row, and the question it makes. It
 * works without JavaScript: lists are rows of same-named fields, blank rows are ignored, and ids of
 * choices, items and targets stay hidden (new rows get an id made from their text). Weights are typed
 * as percentages ("50", "-25") or fractions of the whole ("1/3"). The evidence is "article#anchor".
 */
public record QuestionForm(String id, QuestionType type, String evidence, String quote, String points, String tags,
        String stem, String feedback, List<Row> choices, String correctChoice, List<Row> items, List<String> distractors,
        List<Row> accepted, boolean caseSensitive, boolean partialCredit, String correct, String value, String tolerance,
        String trueFeedback, String falseFeedback) {

    /** One row of a list: a choice (text, weight, feedback), an item (text, the target it matches) or an accepted answer. */
    public record Row(String id, String text, String weight, String match, String feedback) {

        static final Row BLANK = new Row("", "", "", "", "");

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** An empty form for a new question of this type. */
    public static QuestionForm blank(QuestionType type) {
        return new QuestionForm("", type, "", "", "1", "", "", "", List.of(), "", List.of(), List.of(), List.of(), false,
                true, "", "", "", "", "").withBlankRows(type == QuestionType.ORDERING ? 4 : 3);
    }

    /** The form showing a stored question, with two blank rows to add to each list. */
    public static QuestionForm of(String articleSlug, QuestionSpec spec) {
        List<Row> choices = rows(spec.choices(), option -> new Row(option.id(), option.text(), weightText(option.weight()),
                "", nullToEmpty(option.feedback())));
        String correctChoice = spec.choices() == null || spec.type() != QuestionType.SINGLE_CHOICE ? ""
                : IntStream.range(0, spec.choices().size()).filter(i -> isFull(spec.choices().get(i).weight()))
                        .mapToObj(String::valueOf).findFirst().orElse("");
        Map<String, String> targetTexts = new LinkedHashMap<>();
        if (spec.targets() != null) {
            spec.targets().forEach(target -> targetTexts.put(target.id(), target.text()));
        }
        List<Row> items = rows(spec.items(), item -> new Row(item.id(), item.text(), "",
                item.match() == null ? "" : targetTexts.getOrDefault(item.match(), ""), ""));
        List<String> distractors = spec.items() == null || spec.targets() == null ? List.of()
                : spec.targets().stream().filter(target -> spec.items().stream().noneMatch(item -> target.id().equals(item.match())))
                        .map(Option::text).toList();
        List<Row> accepted = spec.accepted() == null ? List.of() : spec.accepted().stream()
                .map(answer -> new Row("", answer.text(), weightText(answer.weight()), "", "")).toList();
        return new QuestionForm(spec.id(), spec.type(),
                articleSlug == null || spec.evidence() == null ? "" : articleSlug + "#" + spec.evidence(),
                nullToEmpty(spec.quote()), String.valueOf(spec.pointsOrDefault()), String.join(", ", spec.tagsOrEmpty()),
                nullToEmpty(spec.stem()), nullToEmpty(spec.feedback()), choices, correctChoice, items, distractors, accepted,
                Boolean.TRUE.equals(spec.caseSensitive()), !Boolean.FALSE.equals(spec.partialCredit()),
                spec.correct() == null ? "" : spec.correct().toString(), plain(spec.value()), plain(spec.tolerance()),
                nullToEmpty(spec.trueFeedback()), nullToEmpty(spec.falseFeedback())).withBlankRows(2);
    }

    /** The form as posted: every list is rows of same-named fields, in order. */
    public static QuestionForm of(MultivaluedMap<String, String> form, QuestionType type) {
        List<Row> choices = zip(form, "choiceId", "choiceText", "choiceWeight", null, "choiceFeedback");
        List<Row> items = zip(form, "itemId", "itemText", null, "itemMatch", null);
        List<Row> accepted = zip(form, null, "acceptedText", "acceptedWeight", null, null);
        return new QuestionForm(first(form, "id"), type, first(form, "evidence"), lines(first(form, "quote")),
                first(form, "points"), first(form, "tags"), lines(first(form, "stem")), lines(first(form, "feedback")), choices,
                first(form, "correctChoice"), items, all(form, "distractor"), accepted, "on".equals(first(form, "caseSensitive")),
                "on".equals(first(form, "partialCredit")), first(form, "correct"), first(form, "value"),
                first(form, "tolerance"), lines(first(form, "trueFeedback")), lines(first(form, "falseFeedback")));
    }

    /** The same form with {@code count} more blank rows at the end of each list (rows keep their places). */
    public QuestionForm withBlankRows(int count) {
        List<Row> blanks = Collections.nCopies(count, Row.BLANK);
        return new QuestionForm(id, type, evidence, quote, points, tags, stem, feedback, concat(choices, blanks),
                correctChoice, concat(items, blanks), concat(distractors, Collections.nCopies(Math.min(count, 2), "")),
                concat(accepted, blanks), caseSensitive, partialCredit, correct, value, tolerance, trueFeedback,
                falseFeedback);
    }

    public boolean isType(String name) {
        return type.name().equals(name);
    }

    public boolean isCorrectChoice(int index) {
        return String.valueOf(index).equals(correctChoice);
    }

    /**
     * The question this form describes. Ids of existing choices, items and targets are kept (targets by
     * their text, from {@code current}); numbers that cannot be read are reported by field.
     */
    public Authored toAuthored(QuestionSpec current) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer pointsValue = integer(points, "points", "Points must be a whole number from 1 to 100.", problems);
        List<Option> choiceOptions = null;
        if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE) {
            choiceOptions = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < choices.size(); i++) {
                Row row = choices.get(i);
                if (row.isBlank()) {
                    continue;
                }
                String weight = type == QuestionType.SINGLE_CHOICE ? (isCorrectChoice(i) ? "1" : "0")
                        : weight(row.weight(), "choices", problems);
                choiceOptions.add(new Option(idFor(row, ids), row.text().strip(), weight, null, emptyToNull(row.feedback())));
            }
        }
        List<Option> itemOptions = null;
        List<Option> targetOptions = null;
        if (type == QuestionType.MATCHING || type == QuestionType.ORDERING) {
            itemOptions = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Map<String, String> targetIds = new LinkedHashMap<>();
            Set<String> takenTargets = new HashSet<>();
            if (type == QuestionType.MATCHING) {
                List<String> texts = new ArrayList<>();
                filled(items).forEach(item -> texts.add(item.match().strip()));
                distractors.stream().filter(text -> !text.isBlank()).forEach(text -> texts.add(text.strip()));
                for (String text : texts) {
                    if (!text.isEmpty() && !targetIds.containsKey(text)) {
                        String known = current == null || current.targets() == null ? null : current.targets().stream()
                                .filter(target -> target.text().equals(text)).map(Option::id).findFirst().orElse(null);
                        targetIds.put(text, idFor(new Row(known == null ? "" : known, text, "", "", ""), takenTargets));
                    }
                }
                targetOptions = targetIds.entrySet().stream()
                        .map(target -> new Option(target.getValue(), target.getKey(), null, null, null)).toList();
            }
            for (Row row : filled(items)) {
                String match = type == QuestionType.MATCHING ? targetIds.get(row.match().strip()) : null;
                itemOptions.add(new Option(idFor(row, ids), row.text().strip(), null, match, null));
            }
        }
        List<Accepted> acceptedAnswers = null;
        if (type == QuestionType.SHORT_ANSWER) {
            acceptedAnswers = filled(accepted).stream()
                    .map(row -> new Accepted(row.text().strip(), weight(row.weight(), "accepted", problems))).toList();
        }
        BigDecimal valueNumber = type == QuestionType.NUMERIC ? decimal(value, "value", problems) : null;
        BigDecimal toleranceNumber = type == QuestionType.NUMERIC ? decimal(tolerance, "tolerance", problems) : null;
        String[] anchor = evidence == null || !evidence.contains("#") ? new String[] {null, null} : evidence.split("#", 2);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        QuestionSpec spec = new QuestionSpec(emptyToNull(id), type, emptyToNull(stem), pointsValue, tagList,
                emptyToNull(anchor[1]), emptyToNull(quote), emptyToNull(feedback), choiceOptions, itemOptions, targetOptions,
                acceptedAnswers, type == QuestionType.SHORT_ANSWER ? caseSensitive : null,
                type == QuestionType.ORDERING ? partialCredit : null,
                type == QuestionType.TRUE_FALSE && !correct.isBlank() ? Boolean.valueOf(correct) : null,
                valueNumber, toleranceNumber, type == QuestionType.TRUE_FALSE ? emptyToNull(trueFeedback) : null,
                type == QuestionType.TRUE_FALSE ? emptyToNull(falseFeedback) : null);
        return new Authored(emptyToNull(anchor[0]), spec);
    }

    /** A weight as the form shows it: a whole percentage when it is one ("50"), else the fraction ("1/3"). */
    static String weightText(String weight) {
        if (weight == null) {
            return "";
        }
        Fraction percent = Fraction.parse(weight).times(Fraction.of(100, 1));
        return percent.denominator() == 1 ? Long.toString(percent.numerator()) : Fraction.parse(weight).toString();
    }

    /** A typed weight as the stored fraction; "50" and "50%" are half, "1/3" a third. */
    static String weight(String typed, String field, Map<String, String> problems) {
        String text = typed == null ? "" : typed.strip();
        try {
            return text.contains("/") ? Fraction.parse(text).toString()
                    : Fraction.parse(text.endsWith("%") ? text : text + "%").toString();
        } catch (RuntimeException notANumber) {
            problems.putIfAbsent(field, "Each weight is a percentage such as 50 or -25, or a fraction such as 1/3;"
                    + " '" + text + "' is neither.");
            return "0";
        }
    }

    /** A lower-case id made of the row's text, unique among the ids already taken; an existing row keeps its id. */
    private static String idFor(Row row, Set<String> taken) {
        String fromText = Slugs.slug(row.text(), 40);
        String base = row.id() != null && !row.id().isBlank() ? row.id() : fromText.isEmpty() ? "option" : fromText;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }


    private static BigDecimal decimal(String text, String field, Map<String, String> problems) {
        try {
            return TypedNumbers.decimal(text);
        } catch (TypedNumbers.NotANumber notANumber) {
            problems.put(field, notANumber.getMessage());
            return null;
        }
    }

    private static <T> List<Row> rows(List<T> options, Function<T, Row> row) {
        return options == null ? List.of() : options.stream().map(row).toList();
    }

    private static List<Row> zip(MultivaluedMap<String, String> form, String id, String text, String weight,
            String match, String feedback) {
        List<String> texts = all(form, text);
        return IntStream.range(0, texts.size()).mapToObj(i -> new Row(at(form, id, i), texts.get(i), at(form, weight, i),
                at(form, match, i), at(form, feedback, i))).toList();
    }

    private static String at(MultivaluedMap<String, String> form, String name, int index) {
        List<String> values = name == null ? null : form.get(name);
        return values == null || index >= values.size() ? "" : lines(values.get(index));
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        return form.get(name) == null ? List.of() : form.get(name).stream().map(Forms::lines).toList();
    }


    private static List<Row> filled(List<Row> rows) {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static boolean isFull(String weight) {
        return weight != null && Fraction.parse(weight).compareTo(Fraction.ONE) == 0;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
