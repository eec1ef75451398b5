package dev.cofactor.content.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Compares an article's stored sections with the sections of new Markdown, section by section. Pure:
 * it reads nothing and stores nothing, so the same inputs always give the same answer.
 *
 * <p>A stored section and a new one are the same section when, tried in this order:
 * <ol>
 * <li><b>Same anchor.</b> Their anchors are equal. If the title differs (only punctuation or case can
 * change while the anchor stays) the section is listed as renamed; if its text or level changed, as
 * edited; otherwise it is unchanged.</li>
 * <li><b>Same level, most of the text shared.</b> Among the sections left on both sides, a stored and a
 * new section of the same level are the same section renamed when at least half of the words of the
 * longer of the two bodies are also in the other (words compared without case, each occurrence counted
 * once). The pairs that share most are matched first; on a tie, the pair closest in reading order.</li>
 * <li><b>Same place, no text of its own.</b> A stored and a new section of the same level whose bodies
 * hold no words (a heading whose text is all in its subsections) are the same section renamed when the
 * sections just before them are the same section, or when both come first.</li>
 * </ol>
 * A stored section left over is removed; a new section left over is added. A section whose heading and
 * text both changed beyond recognition is therefore removed and added, never silently renamed.
 */
public final class SectionComparison {

    /** The share of the longer body's words the other must hold for rule 2. */
    static final double MOST_OF_THE_TEXT = 0.5;

    private SectionComparison() {
    }

    /** One section: its anchor, title, level (2 or 3) and the HTML of its own body (subsections excluded). */
    public record Side(String anchor, String title, int level, String html) {
    }

    /** One version of an article: the checksum of its Markdown, its title and its sections in reading order. */
    public record Text(String checksum, String title, List<Side> sections) {
    }

    private record Candidate(int stored, int uploaded, double shared) {
    }

    /** What storing {@code uploaded} in place of {@code stored} (version {@code version} of {@code slug}) would change. */
    public static ArticleChangesDto compare(String slug, int version, Text stored, Text uploaded) {
        List<Side> before = stored.sections();
        List<Side> after = uploaded.sections();
        int[] match = new int[before.size()];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[after.size()];
        String[] reason = new String[before.size()];

        Map<String, Integer> afterByAnchor = new HashMap<>();
        for (int j = 0; j < after.size(); j++) {
            afterByAnchor.put(after.get(j).anchor(), j);
        }
        for (int i = 0; i < before.size(); i++) {
            Integer j = afterByAnchor.get(before.get(i).anchor());
            if (j != null) {
                match[i] = j;
                taken[j] = true;
                reason[i] = "same anchor, new title";
            }
        }

        List<Map<String, Integer>> beforeWords = before.stream().map(side -> words(side.html())).toList();
        List<Map<String, Integer>> afterWords = after.stream().map(side -> words(side.html())).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < after.size(); j++) {
                if (match[i] < 0 && !taken[j] && before.get(i).level() == after.get(j).level()) {
                    double shared = shared(beforeWords.get(i), afterWords.get(j));
                    if (shared >= MOST_OF_THE_TEXT) {
                        candidates.add(new Candidate(i, j, shared));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::shared).reversed()
                .thenComparingInt(c -> Math.abs(c.stored() - c.uploaded()))
                .thenComparingInt(Candidate::stored));
        for (Candidate candidate : candidates) {
            if (match[candidate.stored()] < 0 && !taken[candidate.uploaded()]) {
                match[candidate.stored()] = candidate.uploaded();
                taken[candidate.uploaded()] = true;
                reason[candidate.stored()] = (int) Math.floor(candidate.shared() * 100) + " % of the text shared";
            }
        }

        for (int i = 0; i < before.size(); i++) {
            if (match[i] >= 0 || !beforeWords.get(i).isEmpty()) {
                continue;
            }
            for (int j = 0; j < after.size(); j++) {
                boolean samePlace = (i == 0 && j == 0) || (i > 0 && j > 0 && match[i - 1] == j - 1);
                if (!taken[j] && samePlace && afterWords.get(j).isEmpty() && before.get(i).level() == after.get(j).level()) {
                    match[i] = j;
                    taken[j] = true;
                    reason[i] = "same place, no text of its own";
                    break;
                }
            }
        }

        List<SectionLinkDto> added = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            if (!taken[j]) {
                added.add(link(after.get(j)));
            }
        }
        List<SectionLinkDto> removed = new ArrayList<>();
        List<RenamedSectionDto> renamed = new ArrayList<>();
        List<SectionLinkDto> edited = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < before.size(); i++) {
            Side old = before.get(i);
            if (match[i] < 0) {
                removed.add(link(old));
                continue;
            }
            Side now = after.get(match[i]);
            if (!old.anchor().equals(now.anchor()) || !old.title().equals(now.title())) {
                renamed.add(new RenamedSectionDto(old.anchor(), old.title(), now.anchor(), now.title(), reason[i]));
            } else if (!old.html().equals(now.html()) || old.level() != now.level()) {
                edited.add(link(now));
            } else {
                unchanged++;
            }
        }
        return new ArticleChangesDto(slug, version, stored.checksum(), uploaded.checksum(), stored.title(),
                uploaded.title(), List.copyOf(added), List.copyOf(removed), List.copyOf(renamed), List.copyOf(edited),
                unchanged);
    }

    /** How much of the longer body the two share: 1 for the same words, 0 when either has none. */
    static double shared(Map<String, Integer> one, Map<String, Integer> other) {
        int oneSize = one.values().stream().mapToInt(Integer::intValue).sum();
        int otherSize = other.values().stream().mapToInt(Integer::intValue).sum();
        if (oneSize == 0 || otherSize == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> word : one.entrySet()) {
            common += Math.min(word.getValue(), other.getOrDefault(word.getKey(), 0));
        }
        return (double) common / Math.max(oneSize, otherSize);
    }

    /** Each word of the body's text, lower-cased, with how often it occurs. */
    static Map<String, Integer> words(String html) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : Jsoup.parseBodyFragment(html).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static SectionLinkDto link(Side side) {
        return new SectionLinkDto(side.anchor(), side.title());
    }
}
