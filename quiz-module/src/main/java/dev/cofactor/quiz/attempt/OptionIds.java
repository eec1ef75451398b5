package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.QuestionSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids a learner sees for one question's choices, items and targets in one attempt. Stored ids are
 * chosen by authors or by GIFT import ({@code a, b, c…}, {@code t1, t2…}) and may follow the order the
 * key was written in; a learner only ever sees an HMAC of them under the attempt's secret key, which
 * says nothing about the key and differs from attempt to attempt. Answers come in with shown ids and
 * are stored with the question's own ids, so scoring, statistics and exports never see the shown ones.
 */
public final class OptionIds {

    /** What an option the question no longer has is called in an answer shown to its learner. */
    public static final String GONE = "no-longer-offered";

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 12; // 60 bits: no two options of a question meet

    private final Map<String, String> shownChoices;
    private final Map<String, String> shownItems;
    private final Map<String, String> shownTargets;
    private final Map<String, String> storedChoices;
    private final Map<String, String> storedItems;
    private final Map<String, String> storedTargets;

    private OptionIds(byte[] attemptKey, QuestionSpec spec) {
        Mac mac = mac(attemptKey);
        shownChoices = shown(mac, spec.id(), "choice", spec.choices());
        shownItems = shown(mac, spec.id(), "item", spec.items());
        shownTargets = shown(mac, spec.id(), "target", spec.targets());
        storedChoices = inverse(shownChoices);
        storedItems = inverse(shownItems);
        storedTargets = inverse(shownTargets);
    }

    public static OptionIds of(byte[] attemptKey, QuestionSpec spec) {
        return new OptionIds(attemptKey, spec);
    }

    String choice(String storedId) {
        return shownChoices.get(storedId);
    }

    String item(String storedId) {
        return shownItems.get(storedId);
    }

    String target(String storedId) {
        return shownTargets.get(storedId);
    }

    /**
     * A stored answer as its learner sees it; ticked choices in the order of their shown ids, so that not
     * even the order of the stored ids shows through. An id the question no longer has (a regrade moved the
     * answer to a version without that option) shows as {@link #GONE}.
     */
    public AnswerDto shown(AnswerDto stored) {
        if (stored == null) {
            return null;
        }
        AnswerDto shown = translate(stored, orGone(shownChoices), orGone(shownItems), orGone(shownTargets)).orElseThrow();
        return shown.choiceIds() == null ? shown : new AnswerDto(null, shown.choiceIds().stream().sorted().toList(),
                null, null, null, null, null);
    }

    /** An answer with shown ids in the stored ids; empty when it names an id this question does not show. */
    public Optional<AnswerDto> stored(AnswerDto shown) {
        return translate(shown, known(storedChoices), known(storedItems), known(storedTargets));
    }

    private static UnaryOperator<String> orGone(Map<String, String> ids) {
        return id -> ids.getOrDefault(id, GONE);
    }

    private static UnaryOperator<String> known(Map<String, String> ids) {
        return id -> {
            String translated = id == null ? null : ids.get(id);
            if (translated == null) {
                throw new UnknownId();
            }
            return translated;
        };
    }

    private static Optional<AnswerDto> translate(AnswerDto answer, UnaryOperator<String> choices, UnaryOperator<String> items,
            UnaryOperator<String> targets) {
        try {
            return Optional.of(new AnswerDto(
                    answer.choiceId() == null ? null : choices.apply(answer.choiceId()),
                    answer.choiceIds() == null ? null : answer.choiceIds().stream().map(choices).toList(),
                    answer.value(),
                    answer.pairs() == null ? null : pairs(answer.pairs(), items, targets),
                    answer.order() == null ? null : answer.order().stream().map(items).toList(),
                    answer.text(), answer.number()));
        } catch (UnknownId unknown) {
            return Optional.empty();
        }
    }

    private static Map<String, String> pairs(Map<String, String> pairs, UnaryOperator<String> items,
            UnaryOperator<String> targets) {
        Map<String, String> translated = new TreeMap<>(); // in the order of the ids it is written with
        pairs.forEach((item, target) -> translated.put(items.apply(item), targets.apply(target)));
        return translated;
    }

    private static final class UnknownId extends RuntimeException {
        UnknownId() {
            super(null, null, false, false);
        }
    }

    private static Map<String, String> shown(Mac mac, String questionId, String kind, List<QuestionSpec.Option> options) {
        Map<String, String> shown = new HashMap<>();
        if (options != null) {
            options.forEach(option -> shown.put(option.id(), opaque(mac, questionId + "\u0000" + kind + "\u0000" + option.id())));
        }
        return shown;
    }

    private static Map<String, String> inverse(Map<String, String> ids) {
        Map<String, String> inverse = new HashMap<>();
        ids.forEach((stored, shown) -> inverse.put(shown, stored));
        return inverse;
    }

    private static String opaque(Mac mac, String input) {
        byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) { // 5 bits a character, read from the digest's bits in order
            int bit = i * 5;
            int pair = ((digest[bit / 8] & 0xff) << 8) | (digest[bit / 8 + 1] & 0xff);
            id.append(BASE32[(pair >>> (11 - bit % 8)) & 31]);
        }
        return id.toString();
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
