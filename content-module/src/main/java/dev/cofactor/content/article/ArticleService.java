package dev.cofactor.content.article;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.content.article.ArticleMarkdown.ParsedArticle;
import dev.cofactor.content.article.ArticleMarkdown.ParsedSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(REQUIRED)
public class ArticleService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ArticleRepository articles;
    private final SectionRepository sections;

    private final Clock clock;

    ArticleService(ArticleRepository articles, SectionRepository sections, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.sections = sections;
    }

    @Transactional(SUPPORTS)
    public List<ArticleSummaryDto> listArticles() {
        return articles.listByTitle().stream().map(ArticleSummaryDto::from).toList();
    }

    @Transactional(SUPPORTS)
    public Optional<ArticleDto> findArticle(String slug) {
        return articles.findBySlug(slug).map(article -> {
            List<Section> ordered = sections.listInOrder(article);
            return new ArticleDto(article.slug, article.title, article.summary, article.version,
                    article.checksum, article.importedAt, tree(ordered), references(ordered));
        });
    }

    /** The Markdown the article's current version was imported from. */
    @Transactional(SUPPORTS)
    public Optional<String> findSource(String slug) {
        return articles.findBySlug(slug).map(article -> article.source);
    }

    /**
     * Every section's title by anchor, and by each anchor it had before a rename, in one light query;
     * empty for an unknown article.
     */
    @Transactional(SUPPORTS)
    public Map<String, String> sectionTitles(String slug) {
        return sections.titlesByAnchor(slug);
    }

    /**
     * The anchor a section has today, when {@code anchor} is one it had before a rename: old links then
     * redirect there, for ever. Empty for an anchor a section holds now, and for one no section ever had.
     */
    @Transactional(SUPPORTS)
    public Optional<String> movedTo(String slug, String anchor) {
        return articles.findBySlug(slug).map(article -> article.anchorAliases.get(anchor));
    }

    @Transactional(SUPPORTS)
    public Optional<SectionDto> findSection(String slug, String anchor) {
        return articles.findBySlug(slug).flatMap(article -> {
            List<Section> ordered = sections.listInOrder(article);
            for (int i = 0; i < ordered.size(); i++) {
                Section section = ordered.get(i);
                if (section.anchor.equals(anchor)) {
                    return Optional.of(new SectionDto(article.slug, article.title, section.anchor, section.title,
                            section.level, section.position, section.bodyHtml, List.copyOf(section.citations),
                            parent(ordered, i), children(ordered, i),
                            i > 0 ? SectionLinkDto.from(ordered.get(i - 1)) : null,
                            i + 1 < ordered.size() ? SectionLinkDto.from(ordered.get(i + 1)) : null));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The section's plain text, the one a question's quote must be in (a main section's takes in its
     * subsections, by the rule of {@link SectionTexts}); empty when the article has no such section.
     * One light query, whatever the number of subsections.
     */
    @Transactional(SUPPORTS)
    public Optional<String> findSectionText(String slug, String anchor) {
        return SectionTexts.of(sections.listFrom(slug, anchor), anchor);
    }

    /**
     * What storing {@code markdown} as the next version of the article would change, against the version
     * stored now, with the Markdown parsed once for {@link #importUpload}; empty for an unknown article.
     * Reads only.
     *
     * @throws InvalidArticleException when the Markdown is empty or too long, or has no title or no section
     */
    @Transactional(SUPPORTS)
    public Optional<ArticlePreview> previewImport(String slug, String markdown) {
        Optional<Article> stored = articles.findBySlug(slug);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ArticleUpload upload = ArticleUpload.parse(markdown);
        return Optional.of(new ArticlePreview(changes(stored.get(), upload.checksum(), upload.parsed()), upload));
    }

    /**
     * Stores an upload, as {@link #previewImport} parsed it, as the next version of an existing article,
     * unless it is the stored text already. Under the import lock, refuses when the stored article is no
     * longer the version whose checksum is {@code expectedChecksum} (null: whatever is stored), so a stale
     * preview never overwrites a version it did not show.
     *
     * @throws StaleArticleException when another version was stored meanwhile, or the article is gone
     */
    public ArticleSummaryDto importUpload(String slug, ArticleUpload upload, String expectedChecksum) {
        articles.lockImports();
        Article stored = articles.findBySlug(slug).orElseThrow(() -> new StaleArticleException(slug, 0));
        // the preview may have loaded the article earlier in this transaction: read what is stored under the lock
        articles.getEntityManager().refresh(stored);
        if (expectedChecksum != null && !stored.checksum.equals(expectedChecksum)) {
            throw new StaleArticleException(slug, stored.version);
        }
        if (!stored.checksum.equals(upload.checksum())) {
            store(stored, slug, upload.markdown(), upload.checksum(), upload.parsed());
        }
        return ArticleSummaryDto.from(stored);
    }

    /**
     * Imports a seed article shipped with Cofactor, but only when the shipped file differs from the one
     * imported last time: a version an admin uploaded since is kept across restarts.
     */
    public ImportOutcome importSeed(String slug, String markdown) {
        articles.lockImports();
        String checksum = Checksum.of(markdown);
        Optional<Article> stored = articles.findBySlug(slug);
        if (stored.isPresent() && checksum.equals(stored.get().seedChecksum)) {
            return ImportOutcome.UNCHANGED;
        }
        ImportOutcome outcome = importArticle(slug, markdown);
        articles.findBySlug(slug).orElseThrow().seedChecksum = checksum;
        return outcome;
    }

    /**
     * Stores the article under {@code slug}, replacing its sections, unless the stored copy already
     * has the same checksum. Safe to call from several app instances at once.
     */
    public ImportOutcome importArticle(String slug, String markdown) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Article slug must be lower-case words joined by hyphens: " + slug);
        }
        articles.lockImports();
        String checksum = Checksum.of(markdown);
        Optional<Article> stored = articles.findBySlug(slug);
        if (stored.isPresent() && stored.get().checksum.equals(checksum)) {
            return ImportOutcome.UNCHANGED;
        }
        store(stored.orElseGet(Article::new), slug, markdown, checksum,
                ArticleMarkdown.parse(markdown, slug.replace('-', ' ')));
        return stored.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED;
    }

    /** Makes {@code article}, new or stored, the next version of the text: its fields and all its sections. */
    private void store(Article article, String slug, String markdown, String checksum, ParsedArticle parsed) {
        boolean stored = article.id != null;
        Map<String, String> renamed = !stored ? Map.of() : changes(article, checksum, parsed).renamed().stream()
                .filter(RenamedSectionDto::anchorChanged)
                .collect(Collectors.toMap(RenamedSectionDto::anchor, RenamedSectionDto::newAnchor));
        article.slug = slug;
        article.title = parsed.title();
        article.summary = parsed.summary();
        article.version = stored ? article.version + 1 : 1;
        article.checksum = checksum;
        article.source = markdown;
        article.importedAt = clock.instant();
        if (stored) {
            article.follow(renamed, parsed.sections().stream().map(ParsedSection::anchor).collect(Collectors.toSet()));
            article.sections.clear();
            articles.flush(); // old anchors and positions must be gone before the new rows arrive
        }
        for (ParsedSection parsedSection : parsed.sections()) {
            Section section = new Section();
            section.article = article;
            section.anchor = parsedSection.anchor();
            section.title = parsedSection.title();
            section.level = parsedSection.level();
            section.position = article.sections.size();
            section.bodyHtml = parsedSection.html();
            section.citations.addAll(parsedSection.citations());
            article.sections.add(section);
        }
        articles.persist(article);
    }

    /** What storing the parsed text as the next version of the stored article would change ({@link SectionComparison}). */
    private ArticleChangesDto changes(Article article, String checksum, ParsedArticle parsed) {
        List<SectionComparison.Side> before = sections.listInOrder(article).stream()
                .map(s -> new SectionComparison.Side(s.anchor, s.title, s.level, s.bodyHtml)).toList();
        List<SectionComparison.Side> after = parsed.sections().stream()
                .map(s -> new SectionComparison.Side(s.anchor(), s.title(), s.level(), s.html())).toList();
        return SectionComparison.compare(article.slug, article.version,
                new SectionComparison.Text(article.checksum, article.title, before),
                new SectionComparison.Text(checksum, parsed.title(), after));
    }

    private static List<SectionNodeDto> tree(List<Section> ordered) {
        List<SectionNodeDto> roots = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (parentIndex(ordered, i) < 0) {
                roots.add(node(ordered, i));
            }
        }
        return roots;
    }

    private static SectionNodeDto node(List<Section> ordered, int index) {
        Section section = ordered.get(index);
        List<SectionNodeDto> children = new ArrayList<>();
        for (int i = index + 1; i < ordered.size() && ordered.get(i).level > section.level; i++) {
            children.add(node(ordered, i));
        }
        return new SectionNodeDto(section.anchor, section.title, section.level, section.position, children);
    }

    /** A level-3 section belongs to the nearest level-2 section before it. */
    private static int parentIndex(List<Section> ordered, int index) {
        int level = ordered.get(index).level;
        for (int i = index - 1; i >= 0; i--) {
            if (ordered.get(i).level < level) {
                return i;
            }
        }
        return -1;
    }

    private static SectionLinkDto parent(List<Section> ordered, int index) {
        int parent = parentIndex(ordered, index);
        return parent < 0 ? null : SectionLinkDto.from(ordered.get(parent));
    }

    private static List<SectionLinkDto> children(List<Section> ordered, int index) {
        return node(ordered, index).children().stream()
                .map(child -> new SectionLinkDto(child.anchor(), child.title()))
                .toList();
    }

    /** Each cited work once, alphabetically as in a reference list, with the sections citing it. */
    private static List<ReferenceDto> references(List<Section> ordered) {
        Map<String, List<SectionLinkDto>> citedIn = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Section section : ordered) {
            for (String citation : section.citations) {
                citedIn.computeIfAbsent(citation, c -> new ArrayList<>()).add(SectionLinkDto.from(section));
            }
        }
        return citedIn.entrySet().stream().map(e -> new ReferenceDto(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
