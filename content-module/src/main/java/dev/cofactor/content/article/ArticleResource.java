package dev.cofactor.content.article;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Articles and their sections")
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "List the articles")
    public List<ArticleSummaryDto> list() {
        return articles.listArticles();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One article with its section tree and references")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public ArticleDto article(@PathParam("slug") String slug) {
        return articles.findArticle(slug)
                .orElseThrow(() -> new NotFoundException("No article has the slug '" + slug + "'."));
    }

    @GET
    @Path("/{slug}/sections/{anchor}")
    @Operation(summary = "One section with its sanitized HTML and its neighbours")
    @APIResponse(responseCode = "200", description = "The section")
    @APIResponse(responseCode = "301", description = "The section had this anchor before a rename: Location names it today")
    @APIResponse(responseCode = "404", description = "No such article, or no section with this anchor in it")
    public RestResponse<SectionDto> section(@PathParam("slug") String slug, @PathParam("anchor") String anchor) {
        return articles.findSection(slug, anchor).map(RestResponse::ok)
                .or(() -> articles.movedTo(slug, anchor)
                        .map(current -> movedPermanently("/api/articles/" + slug + "/sections/" + current)))
                .orElseThrow(() -> new NotFoundException(
                        "No section has the anchor '" + anchor + "' in an article with the slug '" + slug + "'."));
    }

    /** A 301 to a path (of slugs and anchors, lower-case words joined by hyphens: nothing to escape). */
    public static <T> RestResponse<T> movedPermanently(String path) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.MOVED_PERMANENTLY).location(URI.create(path)).build();
    }
}
