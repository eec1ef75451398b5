package dev.cofactor.quiz.question;

import dev.cofactor.quiz.question.QuestionSpec.Accepted;
import dev.cofactor.quiz.question.QuestionSpec.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Sound questions of every type for the question tests, each a builder so that a test can change one
 * field and see what that alone does. Lists are built with {@link Arrays#asList} so that they may hold
 * a null, as JSON can.
 */
final class Questions {

    private String id = "gaba-role";
    private QuestionType type;
    private String stem = "What is GABA's role in the brain?";
    private Integer points;
    private List<String> tags = List.of("GABA-A");
    private String evidence = "boosting-gaba-activity";
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

    private Questions() {
    }

    /** A sound question of this type, with only its type's fields. */
    static Questions sound(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> singleChoice();
            case MULTIPLE_RESPONSE -> multipleResponse();
            case TRUE_FALSE -> trueFalse();
            case MATCHING -> matching();
            case ORDERING -> ordering();
            case SHORT_ANSWER -> shortAnswer();
            case NUMERIC -> numeric();
        };
    }

    /** Right choice {@code inhibitory}, wrong choices {@code excitatory} and {@code neither}. */
    static Questions singleChoice() {
        return of(QuestionType.SINGLE_CHOICE).choices(choice("inhibitory", "Primary inhibitory neurotransmitter", "1"),
                choice("excitatory", "Primary excitatory neurotransmitter", "0"), choice("neither", "Neither", "0"));
    }

    /** {@code gaba} and {@code glycine} share 100 %; {@code glutamate} takes half away. */
    static Questions multipleResponse() {
        return of(QuestionType.MULTIPLE_RESPONSE).stem("Which are inhibitory?").choices(choice("gaba", "GABA", "1/2"),
                choice("glycine", "Glycine", "50%"), choice("glutamate", "Glutamate", "-1/2"));
    }

    static Questions trueFalse() {
        return of(QuestionType.TRUE_FALSE).stem("GABA is inhibitory.").correct(true);
    }

    /** Two genes to their roles, with a third role no gene has. */
    static Questions matching() {
        return of(QuestionType.MATCHING).stem("Match each gene to its role.")
                .items(item("grin2a", "GRIN2A", "nmda"), item("slc6a9", "SLC6A9", "transport"))
                .targets(target("nmda", "NMDA receptor subunit"), target("transport", "Glycine transporter"),
                        target("gaba", "GABA receptor subunit"));
    }

    static Questions ordering() {
        return of(QuestionType.ORDERING).stem("Put the steps in order.")
                .items(target("absorbed", "Absorbed"), target("carried", "Carried in the blood"), target("taken-up", "Taken up"));
    }

    static Questions shortAnswer() {
        return of(QuestionType.SHORT_ANSWER).stem("Which ion floods in?")
                .accepted(new Accepted("calcium", "1"), new Accepted("Ca*", "1/2"));
    }

    static Questions numeric() {
        return of(QuestionType.NUMERIC).stem("How many milligrams?").value("350").tolerance("10");
    }

    private static Questions of(QuestionType type) {
        Questions question = new Questions();
        question.type = type;
        return question;
    }

    /** The spec's fields, to change some of them. */
    static Questions from(QuestionSpec spec) {
        Questions question = new Questions();
        question.id = spec.id();
        question.type = spec.type();
        question.stem = spec.stem();
        question.points = spec.points();
        question.tags = spec.tags();
        question.evidence = spec.evidence();
        question.quote = spec.quote();
        question.feedback = spec.feedback();
        question.choices = spec.choices();
        question.items = spec.items();
        question.targets = spec.targets();
        question.accepted = spec.accepted();
        question.caseSensitive = spec.caseSensitive();
        question.partialCredit = spec.partialCredit();
        question.correct = spec.correct();
        question.value = spec.value();
        question.tolerance = spec.tolerance();
        question.trueFeedback = spec.trueFeedback();
        question.falseFeedback = spec.falseFeedback();
        return question;
    }

    static Option choice(String id, String text, String weight) {
        return new Option(id, text, weight, null, null);
    }

    static Option choice(String id, String text, String weight, String feedback) {
        return new Option(id, text, weight, null, feedback);
    }

    static Option item(String id, String text, String match) {
        return new Option(id, text, null, match, null);
    }

    /** A target, or an ordering's item: an id and a text. */
    static Option target(String id, String text) {
        return new Option(id, text, null, null, null);
    }

    /** Choices {@code a}, {@code b}, … with these weights. */
    static Option[] weighted(String... weights) {
        Option[] choices = new Option[weights.length];
        for (int i = 0; i < weights.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            choices[i] = choice(id, id.toUpperCase(), weights[i]);
        }
        return choices;
    }

    Questions id(String id) {
        this.id = id;
        return this;
    }

    Questions type(QuestionType type) {
        this.type = type;
        return this;
    }

    Questions stem(String stem) {
        this.stem = stem;
        return this;
    }

    Questions points(Integer points) {
        this.points = points;
        return this;
    }

    Questions tags(List<String> tags) {
        this.tags = tags;
        return this;
    }

    Questions tags(String... tags) {
        return tags(Arrays.asList(tags));
    }

    Questions evidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    Questions quote(String quote) {
        this.quote = quote;
        return this;
    }

    Questions feedback(String feedback) {
        this.feedback = feedback;
        return this;
    }

    Questions choices(List<Option> choices) {
        this.choices = choices;
        return this;
    }

    Questions choices(Option... choices) {
        return choices(Arrays.asList(choices));
    }

    Questions items(List<Option> items) {
        this.items = items;
        return this;
    }

    Questions items(Option... items) {
        return items(Arrays.asList(items));
    }

    Questions targets(List<Option> targets) {
        this.targets = targets;
        return this;
    }

    Questions targets(Option... targets) {
        return targets(Arrays.asList(targets));
    }

    Questions accepted(List<Accepted> accepted) {
        this.accepted = accepted;
        return this;
    }

    Questions accepted(Accepted... accepted) {
        return accepted(Arrays.asList(accepted));
    }

    Questions caseSensitive(Boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
        return this;
    }

    Questions partialCredit(Boolean partialCredit) {
        this.partialCredit = partialCredit;
        return this;
    }

    Questions correct(Boolean correct) {
        this.correct = correct;
        return this;
    }

    Questions value(String value) {
        this.value = value == null ? null : new BigDecimal(value);
        return this;
    }

    Questions tolerance(String tolerance) {
        this.tolerance = tolerance == null ? null : new BigDecimal(tolerance);
        return this;
    }

    Questions trueFeedback(String trueFeedback) {
        this.trueFeedback = trueFeedback;
        return this;
    }

    Questions falseFeedback(String falseFeedback) {
        this.falseFeedback = falseFeedback;
        return this;
    }

    QuestionSpec build() {
        return new QuestionSpec(id, type, stem, points, tags, evidence, quote, feedback, choices, items, targets, accepted,
                caseSensitive, partialCredit, correct, value, tolerance, trueFeedback, falseFeedback);
    }
}
