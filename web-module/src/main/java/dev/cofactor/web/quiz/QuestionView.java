package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.attempt.AttemptDtos.OptionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionDto;
import dev.cofactor.quiz.attempt.AttemptDtos.QuestionResultDto;
import dev.cofactor.quiz.scoring.Answer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * One question of an attempt as its page shows it: the saved answer spelled out for the form controls.
 * {@code moved} is the ordering move just made without JavaScript ("itemId:up"), or null; {@code typed} the
 * text typed for a short or numeric answer whose save was refused (kept in the field with the error), or null.
 */
public record QuestionView(int number, QuestionDto question, String kind, String error, String moved, String typed) {

    static QuestionView of(int number, QuestionDto question, String error) {
        return new QuestionView(number, question, question.type().name(), error, null, null);
    }

    QuestionView typed(String text) {
        return new QuestionView(number, question, kind, error, moved, text);
    }

    /**
     * Where a page load puts the focus (never the top of the document): a checked question's outcome, the
     * moved item's button after a move ({@link #focusedMove}), else the question's title.
     */
    public boolean focusesTitle() {
        return moved == null && !isChecked();
    }

    QuestionView afterMove(String move) {
        return new QuestionView(number, question, kind, error, move, typed);
    }

    /**
     * Which move button of an item takes the focus after a move without JavaScript ("up", "down" or
     * null): the one pressed, or its twin once the item reached the end that disables it.
     */
    public String focusedMove(String itemId, boolean first, boolean last) {
        if (moved == null || !moved.startsWith(itemId + ":")) {
            return null;
        }
        boolean up = moved.endsWith(":up");
        return up && !first || !up && last ? "up" : "down";
    }

    /** After a move without JavaScript, where the item went: "Moved to position 2 of 4." */
    public String moveStatus() {
        List<OptionDto> items = orderedItems();
        if (moved == null || items == null) {
            return "";
        }
        String itemId = moved.substring(0, Math.max(0, moved.lastIndexOf(':')));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return "Moved to position " + (i + 1) + " of " + items.size() + ".";
            }
        }
        return "";
    }

    /** A question in an author's preview: the n-th of an attempt, unanswered. */
    public static QuestionView numbered(int number, QuestionDto question) {
        return of(number, question, null);
    }

    /** Starts the ids of this question's controls where several questions share a page: "q3-". */
    public String idPrefix() {
        return "q" + number + "-";
    }

    public boolean isAnswered() {
        return question.answer() != null;
    }

    public boolean isChecked() {
        return question.check() != null;
    }

    public QuestionResultDto check() {
        return question.check();
    }

    /** After a check, the right answer written out, when the quiz shows right answers. */
    public String rightAnswerHtml() {
        return check() == null ? null : describeRight(question, check());
    }

    /** The right answer a result shows, as safe HTML, or null when it shows none. */
    public static String describeRight(QuestionDto question, QuestionResultDto result) {
        return result.rightAnswer() == null ? null
                : result.rightAnswerWritten() != null ? Entities.escape(result.rightAnswerWritten())
                : describe(question, result.rightAnswer());
    }

    public boolean isPicked(String optionId) {
        AnswerDto answer = question.answer();
        return answer != null && (optionId.equals(answer.choiceId())
                || answer.choiceIds() != null && answer.choiceIds().contains(optionId));
    }

    /**
     * An option's mark after a check whose review shows the right answer: "right" for a right choice,
     * "wrong" for a pick that is not one, else null (also before a check, and while the key is hidden).
     */
    public String mark(String optionId) {
        AnswerDto right = isChecked() ? check().rightAnswer() : null;
        if (right == null) {
            return null;
        }
        boolean isRight = optionId.equals(right.choiceId()) || right.choiceIds() != null && right.choiceIds().contains(optionId);
        return isRight ? "right" : isPicked(optionId) ? "wrong" : null;
    }

    /** {@link #mark} for a true/false question's two answers. */
    public String truthMark(boolean value) {
        AnswerDto right = isChecked() ? check().rightAnswer() : null;
        if (right == null || right.value() == null) {
            return null;
        }
        return right.value() == value ? "right" : isTruth(value) ? "wrong" : null;
    }

    public boolean isTruth(boolean value) {
        return question.answer() != null && Objects.equals(question.answer().value(), value);
    }

    public boolean isMatched(String itemId, String targetId) {
        Map<String, String> pairs = question.answer() == null ? null : question.answer().pairs();
        return pairs != null && targetId.equals(pairs.get(itemId));
    }

    public String text() {
        return typed != null ? typed
                : question.answer() == null || question.answer().text() == null ? "" : question.answer().text();
    }

    public String numberText() {
        return typed != null ? typed : question.answer() == null || question.answer().number() == null ? ""
                : question.answer().number().toPlainString();
    }

    /** The items in the learner's current order: as saved, or as first shown. */
    public List<OptionDto> orderedItems() {
        List<OptionDto> items = question.items();
        if (items == null || question.answer() == null || question.answer().order() == null) {
            return items;
        }
        List<OptionDto> ordered = new ArrayList<>();
        for (String id : question.answer().order()) {
            items.stream().filter(item -> item.id().equals(id)).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    /** An answer written out as safe HTML, for results: "Glutamate; Glycine". Typed text is escaped. */
    public static String describe(QuestionDto question, AnswerDto answer) {
        if (answer == null) {
            return "Not answered";
        }
        return answer.toAnswer().map(given -> given.accept(new Answer.Visitor<String>() {
            @Override
            public String choice(String choiceId) {
                return textOf(question.choices(), choiceId);
            }

            @Override
            public String choices(Set<String> choiceIds) {
                return choiceIds.isEmpty() ? "Nothing ticked" : String.join("; ", question.choices().stream()
                        .filter(choice -> choiceIds.contains(choice.id())).map(OptionDto::text).toList());
            }

            @Override
            public String truth(boolean value) {
                return value ? "True" : "False";
            }

            @Override
            public String pairs(Map<String, String> targetByItem) {
                return String.join("; ", question.items().stream()
                        .map(item -> item.text() + " → " + (targetByItem.containsKey(item.id())
                                ? textOf(question.targets(), targetByItem.get(item.id())) : "(none)"))
                        .toList());
            }

            @Override
            public String order(List<String> itemIds) {
                return String.join(" → ", itemIds.stream().map(id -> textOf(question.items(), id)).toList());
            }

            @Override
            public String text(String text) {
                return Entities.escape(text);
            }

            @Override
            public String number(BigDecimal value) {
                return Entities.escape(value.toPlainString());
            }
        })).orElse("Not answered");
    }

    private static String textOf(List<OptionDto> options, String id) {
        return options.stream().filter(option -> option.id().equals(id)).map(OptionDto::text).findFirst().orElse(id);
    }
}
