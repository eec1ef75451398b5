package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleDto;
import dev.cofactor.content.article.ArticleResource;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.content.article.SectionDto;
import dev.cofactor.content.article.SectionNodeDto;
import dev.cofactor.quiz.quiz.QuizDto;
import dev.cofactor.quiz.quiz.QuizService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The pages a reader sees: the list of articles, an article's contents, and one section at a time. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ArticleSummaryDto> articles);

        static native TemplateInstance article(ArticleDto article, List<QuizDto> quizzes);

        static native TemplateInstance section(SectionDto section, List<Check> checks, List<Check> later,
                List<QuizDto> finalQuizzes);
    }

    /**
     * A section's check quiz as a page offers it: {@code part} is the section it checks (with its subsections),
     * {@code where} the section after whose text it comes, the last one of that part.
     */
    public record Check(QuizDto quiz, SectionNodeDto part, SectionNodeDto where) {
    }

    private final ArticleService articles;
    private final QuizService quizzes;

    ArticlePages(ArticleService articles, QuizService quizzes) {
        this.articles = articles;
        this.quizzes = quizzes;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index(articles.listArticles());
    }

    @GET
    @Path("articles/{slug}")
    @Operation(hidden = true)
    public TemplateInstance article(@PathParam("slug") String slug) {
        return Templates.article(articles.findArticle(slug).orElseThrow(NotFoundException::new),
                quizzes.listQuizzes().stream().filter(quiz -> quiz.articleSlug().equals(slug)).toList());
    }

    @GET
    @Path("articles/{slug}/{anchor}")
    @Operation(hidden = true)
    public RestResponse<TemplateInstance> section(@PathParam("slug") String slug, @PathParam("anchor") String anchor) {
        return articles.findSection(slug, anchor)
                .map(section -> {
                    List<SectionNodeDto> tree = articles.findArticle(slug).map(ArticleDto::sections).orElse(List.of());
                    List<QuizDto> mine = quizzes.listQuizzes().stream().filter(quiz -> quiz.articleSlug().equals(slug)).toList();
                    List<Check> checks = mine.stream().filter(quiz -> quiz.sectionAnchor() != null)
                            .flatMap(quiz -> find(tree, quiz.sectionAnchor())
                                    .map(part -> new Check(quiz, part, last(part))).stream()).toList();
                    // a check comes after the text it checks: on its part's last page; its part's first page says so
                    return RestResponse.ok(Templates.section(section,
                            checks.stream().filter(check -> check.where().anchor().equals(anchor)).toList(),
                            checks.stream().filter(check -> check.part().anchor().equals(anchor) && check.part() != check.where())
                                    .toList(),
                            section.next() == null ? mine.stream().filter(quiz -> quiz.sectionAnchor() == null).toList()
                                    : List.of()));
                })
                .or(() -> articles.movedTo(slug, anchor)
                        .map(current -> ArticleResource.movedPermanently("/articles/" + slug + "/" + current)))
                .orElseThrow(NotFoundException::new);
    }

    private static Optional<SectionNodeDto> find(List<SectionNodeDto> nodes, String anchor) {
        for (SectionNodeDto node : nodes) {
            if (node.anchor().equals(anchor)) {
                return Optional.of(node);
            }
            Optional<SectionNodeDto> inside = find(node.children(), anchor);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** The last section of a part in reading order: its last subsection's last subsection, and so on. */
    private static SectionNodeDto last(SectionNodeDto part) {
        return part.children().isEmpty() ? part : last(part.children().get(part.children().size() - 1));
    }
}
