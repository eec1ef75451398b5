package dev.cofactor.quiz.gift;

import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.scoring.Fraction;
import java.math.BigDecimal;
import java.util.List;

/** Questions built field by field for the GIFT tests, and the form two questions are compared in. */
final class Specs {

    private String id;
    private QuestionType type;
    private String stem;
    private Integer points;
    private List<String> tags;
    private String evidence;
    private String quote;
    private String feedback;
    private List<Option> choices;
    private List<Option> items;
    private List<Option> targets;
    private List<Accepted> accepted;
    private Boolean caseSensitive;
    private Boolean partialCredit;
    private Boolean correct;
    private BigDecimal value;
    private BigDecimal tolerance;
    private String trueFeedback;
    private String falseFeedback;

    static Specs question(String id, QuestionType type, String stem) {
        Specs specs = new Specs();
        specs.id = id;
        specs.type = type;
        specs.stem = stem;
        return specs;
    }

    Specs points(int points) {
        this.points = points;
        return this;
    }

    Specs tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    Specs evidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    Specs quote(String quote) {
        this.quote = quote;
        return this;
    }

    Specs feedback(String feedback) {
        this.feedback = feedback;
        return this;
    }

    Specs choices(Option... choices) {
        this.choices = List.of(choices);
        return this;
    }

    Specs items(Option... items) {
        this.items = List.of(items);
        return this;
    }

    Specs targets(Option... targets) {
        this.targets = List.of(targets);
        return this;
    }

    Specs accepted(Accepted... accepted) {
        this.accepted = List.of(accepted);
        return this;
    }

    Specs caseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
        return this;
    }

    Specs correct(boolean correct, String trueFeedback, String falseFeedback) {
        this.correct = correct;
        this.trueFeedback = trueFeedback;
        this.falseFeedback = falseFeedback;
        return this;
    }

    Specs number(String value, String tolerance) {
        this.value = new BigDecimal(value);
        this.tolerance = tolerance == null ? null : new BigDecimal(tolerance);
        return this;
    }

    Specs partialCredit(boolean partialCredit) {
        this.partialCredit = partialCredit;
        return this;
    }

    QuestionSpec build() {
        return new QuestionSpec(id, type, stem, points, tags, evidence, quote, feedback, choices, items, targets,
                accepted, caseSensitive, partialCredit, correct, value, tolerance, trueFeedback, falseFeedback);
    }

    static Option choice(String id, String text, String weight, String feedback) {
        return new Option(id, text, weight, null, feedback);
    }

    static Option item(String id, String text, String match) {
        return new Option(id, text, null, match, null);
    }

    static Option target(String id, String text) {
        return new Option(id, text, null, null, null);
    }

    /**
     * The question as GIFT keeps it: weights in {@link Fraction}'s canonical form ("50%" is "1/2"), and a
     * short answer's case sensitivity only when it is on (absent and false mean the same).
     */
    static QuestionSpec canonical(QuestionSpec spec) {
        List<Option> choices = spec.choices() == null ? null : spec.choices().stream()
                .map(choice -> new Option(choice.id(), choice.text(), canonicalWeight(choice.weight()), choice.match(),
                        choice.feedback()))
                .toList();
        List<Accepted> accepted = spec.accepted() == null ? null : spec.accepted().stream()
                .map(answer -> new Accepted(answer.text(), canonicalWeight(answer.weight())))
                .toList();
        Boolean caseSensitive = spec.type() == QuestionType.SHORT_ANSWER
                ? (Boolean.TRUE.equals(spec.caseSensitive()) ? Boolean.TRUE : null) : spec.caseSensitive();
        return new QuestionSpec(spec.id(), spec.type(), spec.stem(), spec.points(), spec.tags(), spec.evidence(),
                spec.quote(), spec.feedback(), choices, spec.items(), spec.targets(), accepted, caseSensitive,
                spec.partialCredit(), spec.correct(), spec.value(), spec.tolerance(), spec.trueFeedback(),
                spec.falseFeedback());
    }

    private static String canonicalWeight(String weight) {
        return weight == null ? null : Fraction.parse(weight).toString();
    }

    private Specs() {
    }
}
