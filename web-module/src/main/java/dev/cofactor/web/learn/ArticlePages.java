package dev.cofactor.web.learn;

import dev.cofactor.content.article.ArticleDto;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleSummaryDto;
import dev.cofactor.content.article.SectionDto;
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

/** The pages a reader sees: the list of articles, an article's contents, and one section at a time. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ArticleSummaryDto> articles);

        static native TemplateInstance article(ArticleDto article);

        static native TemplateInstance section(SectionDto section);
    }

    private final ArticleService articles;

    ArticlePages(ArticleService articles) {
        this.articles = articles;
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
        return Templates.article(articles.findArticle(slug)
                .orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("articles/{slug}/{anchor}")
    @Operation(hidden = true)
    public TemplateInstance section(@PathParam("slug") String slug, @PathParam("anchor") String anchor) {
        return Templates.section(articles.findSection(slug, anchor)
                .orElseThrow(NotFoundException::new));
    }
}
