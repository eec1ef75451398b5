package dev.cofactor.content.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Turns an article's Markdown into sections of safe HTML.
 *
 * <p>The first {@code #} heading is the title; each {@code ##} heading starts a section and each
 * {@code ###} a subsection; text before the first {@code ##} is the introduction. Deeper headings stay
 * inside their section. Anchors are slugs of the heading text, made unique in order of appearance, so
 * re-importing the same headings always yields the same anchors.
 *
 * <p>Every section's HTML goes through a jsoup allow-list: scripts, event handlers, {@code javascript:}
 * links and raw HTML outside the list never survive. Links to nowhere ({@code (#)}) become plain text
 * and images that do not point to an {@code https} file become their alt text, so a missing figure
 * never shows as a broken image.
 */
public final class ArticleMarkdown {

    public static final String INTRODUCTION_ANCHOR = "introduction";
    static final int SUMMARY_LIMIT = 300;

    /** A parenthesised author-year citation: "(Strehlow et al., 2019)", "(Haroon, Miller, &amp; Sanacora, 2016)". */
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*\\d{4}[a-z]?)\\)");
    private static final Pattern CITATION = Pattern.compile("\\p{Lu}[^\\d()]{0,150}?,?\\s+(1[5-9]|20)\\d{2}[a-z]?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .preserveRelativeLinks(true)
            .removeProtocols("img", "src", "http")
            .addAttributes("a", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    /** Only used to tell relative links from absolute ones while cleaning; never shown. */
    private static final String CLEANING_BASE_URI = "https://cofactor.invalid/";

    private ArticleMarkdown() {
    }

    public record ParsedArticle(String title, String summary, List<ParsedSection> sections) {
    }

    public record ParsedSection(String anchor, String title, int level, String html, List<String> citations) {
    }

    public static ParsedArticle parse(String markdown, String fallbackTitle) {
        Node document = PARSER.parse(markdown);
        String title = null;
        String summary = null;
        List<SectionDraft> drafts = new ArrayList<>();
        SectionDraft current = SectionDraft.introduction();
        drafts.add(current);

        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                String text = plainText(RENDERER.render(heading));
                if (heading.getLevel() == 1 && title == null) {
                    title = text;
                    continue;
                }
                current = new SectionDraft(slugify(text), text, Math.max(2, heading.getLevel()), false);
                drafts.add(current);
                continue;
            }
            if (summary == null && node instanceof Paragraph) {
                summary = summarize(plainText(RENDERER.render(node)));
            }
            current.html.append(RENDERER.render(node));
        }

        List<ParsedSection> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (SectionDraft draft : drafts) {
            Document body = clean(draft.html.toString());
            if (draft.introduction && body.body().text().isBlank()) {
                continue;
            }
            String anchor = unique(draft.anchor, anchors);
            sections.add(new ParsedSection(anchor, draft.title, draft.level,
                    body.body().html(), citations(body)));
        }
        return new ParsedArticle(title != null ? title : fallbackTitle, summary != null ? summary : "", sections);
    }

    /** Markdown that is not an article (a question stem, a choice, feedback) as sanitized HTML. */
    public static String renderFragment(String markdown) {
        return clean(RENDERER.render(PARSER.parse(markdown))).body().html();
    }

    /** One line of Markdown as sanitized inline HTML: the paragraph around it is dropped. */
    public static String renderInline(String markdown) {
        Document fragment = clean(RENDERER.render(PARSER.parse(markdown)));
        Element paragraph = fragment.body().selectFirst("> p");
        return fragment.body().childrenSize() == 1 && paragraph != null ? paragraph.html() : fragment.body().html();
    }

    /** Lower-case ASCII words joined by hyphens: "Glycine's Dual Personality: Calm vs. Chaos" gives "glycines-dual-personality-calm-vs-chaos". */
    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    static String summarize(String paragraph) {
        if (paragraph.length() <= SUMMARY_LIMIT) {
            return paragraph;
        }
        int end = -1;
        Matcher sentence = SENTENCE_END.matcher(paragraph);
        while (sentence.find() && sentence.end() <= SUMMARY_LIMIT) {
            end = sentence.end();
        }
        if (end > 0) {
            return paragraph.substring(0, end);
        }
        int space = paragraph.lastIndexOf(' ', SUMMARY_LIMIT - 1);
        return paragraph.substring(0, space > 0 ? space : SUMMARY_LIMIT - 1) + "…";
    }

    private static Document clean(String html) {
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, CLEANING_BASE_URI, SAFELIST));
        for (Element link : document.select("a")) {
            String href = link.attr("href").trim();
            if (href.isEmpty() || href.equals("#")) {
                link.unwrap();
            }
        }
        for (Element image : document.select("img")) {
            if (image.attr("src").startsWith("https://")) {
                image.attr("loading", "lazy");
            } else {
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        document.select("p:empty").remove();
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static List<String> citations(Document body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher parenthesised = PARENTHESISED.matcher(body.body().text());
        while (parenthesised.find()) {
            for (String part : parenthesised.group(1).split(";")) {
                String candidate = part.strip().replaceAll("\\s+", " ");
                if (CITATION.matcher(candidate).matches()) {
                    found.add(candidate);
                }
            }
        }
        return List.copyOf(found);
    }

    private static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    private static String unique(String anchor, Set<String> taken) {
        String candidate = anchor;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }

    private static final class SectionDraft {
        final String anchor;
        final String title;
        final int level;
        final boolean introduction;
        final StringBuilder html = new StringBuilder();

        SectionDraft(String anchor, String title, int level, boolean introduction) {
            this.anchor = anchor;
            this.title = title;
            this.level = level;
            this.introduction = introduction;
        }

        static SectionDraft introduction() {
            return new SectionDraft(INTRODUCTION_ANCHOR, "Introduction", 2, true);
        }
    }
}
