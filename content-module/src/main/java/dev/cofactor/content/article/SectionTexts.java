package dev.cofactor.content.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;

/**
 * The plain text of a section, which a question's quote must be found in: a main section's text takes
 * in its subsections, as a reader of the whole section sees it. The one place this rule lives: the
 * upload preview applies it to the sections of a new text, the evidence checks to the stored ones.
 */
final class SectionTexts {

    /** What the rule reads of a section, parsed or stored. */
    record Part(String anchor, int level, String html) {
    }

    private SectionTexts() {
    }

    /** Each section's text by anchor, in reading order; {@code inOrder} is the whole article. */
    static Map<String, String> byAnchor(List<Part> inOrder) {
        List<String> own = new ArrayList<>(inOrder.size());
        for (Part part : inOrder) {
            own.add(plainText(part.html()));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            texts.put(inOrder.get(i).anchor(), withSubsections(inOrder, i, own::get));
        }
        return texts;
    }

    /**
     * The text of the section with this anchor; {@code inOrder} holds it and the sections after it in
     * reading order (the rest of the article will do). Reads only the section and its subsections.
     */
    static Optional<String> of(List<Part> inOrder, String anchor) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).anchor().equals(anchor)) {
                return Optional.of(withSubsections(inOrder, i, j -> plainText(inOrder.get(j).html())));
            }
        }
        return Optional.empty();
    }

    /** The section's own text, then that of each section after it that is deeper, up to the next that is not. */
    private static String withSubsections(List<Part> inOrder, int index, IntFunction<String> ownText) {
        int level = inOrder.get(index).level();
        StringBuilder text = new StringBuilder(ownText.apply(index));
        for (int i = index + 1; i < inOrder.size() && inOrder.get(i).level() > level; i++) {
            text.append(' ').append(ownText.apply(i));
        }
        return text.toString();
    }

    private static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
