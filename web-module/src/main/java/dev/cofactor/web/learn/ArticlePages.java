package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleDto;
import dev.cofactor.content.article.ArticleResource;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.content.article.SectionDto;
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

        static native TemplateInstance section(SectionDto section, List<QuizDto> quizzes);
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
                .map(section -> RestResponse.ok(Templates.section(section, quizzes.listQuizzes().stream()
                        .filter(quiz -> quiz.articleSlug().equals(slug) && anchor.equals(quiz.sectionAnchor()))
                        .toList())))
                .or(() -> articles.movedTo(slug, anchor)
                        .map(current -> ArticleResource.movedPermanently("/articles/" + slug + "/" + current)))
                .orElseThrow(NotFoundException::new);
    }
}
