package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleChangesDto;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.content.article.ArticleUpload;
import dev.cofactor.content.article.InvalidArticleException;
import dev.cofactor.content.article.StaleArticleException;
import dev.cofactor.web.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The admin's articles: each with its version and an upload form (a text box holding the current
 * Markdown, or a file), a preview of what the new version changes, and a confirm form that stores it.
 * All plain forms that post and redirect; no script needed.
 */
@Path("/admin/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class ArticleAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(List<ArticleRowView> articles, Map<String, String> problems,
                String notice);

        static native TemplateInstance preview(ArticlePreviewView view, ArticleChangesDto changes);
    }

    private final ArticleService articles;
    private final ArticleUploadService uploads;

    ArticleAdminPages(ArticleService articles, ArticleUploadService uploads) {
        this.articles = articles;
        this.uploads = uploads;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("saved") String saved, @QueryParam("unchanged") String unchanged) {
        return Templates.articles(rows(null, null, null), Map.of(), notice(saved, unchanged));
    }

    @POST
    @Path("{slug}/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response previewUpload(@PathParam("slug") String slug, @RestForm String markdown,
            @RestForm("file") FileUpload file) {
        String text;
        try {
            text = UploadedText.of(file, 4L * ArticleUpload.MAX_LENGTH).orElse(markdown);
        } catch (UploadedText.Unreadable unreadable) {
            return rejected(slug, markdown, new InvalidArticleException(unreadable.getMessage()));
        }
        return preview(slug, text);
    }

    @POST
    @Path("{slug}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response previewForm(@PathParam("slug") String slug, @FormParam("markdown") String markdown) {
        return preview(slug, markdown);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("slug") String slug, @FormParam("markdown") String markdown,
            @FormParam("checksum") String checksum) {
        try {
            if (checksum == null || checksum.isBlank()) {
                throw new InvalidArticleException("The form does not say which version its preview was computed"
                        + " against. Preview the text again, then save.");
            }
            ArticleUploadService.Saved saved = uploads.save(slug, markdown, checksum);
            String query = saved.changed() ? "saved" : "unchanged";
            return Response.seeOther(UriBuilder.fromPath("/admin/articles").queryParam(query, slug).build()).build();
        } catch (InvalidArticleException invalid) {
            return rejected(slug, markdown, invalid);
        } catch (StaleArticleException stale) {
            ArticleUploadPlan fresh = plan(slug, markdown);
            return page(Response.Status.CONFLICT, ArticlePreviewView.refused(slug, fresh, markdown, stale.getMessage(),
                    Map.of()));
        } catch (UploadRefusedException refused) {
            return page(Response.Status.CONFLICT, ArticlePreviewView.refused(slug, refused.plan(), markdown,
                    refused.getMessage(), refused.problems()));
        }
    }

    /** Back from a preview to the text box, holding the text as it was previewed, to change it further. */
    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("slug") String slug, @FormParam("markdown") String markdown) {
        List<ArticleRowView> rows = rows(slug, markdown, null);
        if (rows.stream().noneMatch(row -> row.slug().equals(slug))) {
            throw new NotFoundException("No article has the slug '" + slug + "'.");
        }
        return Templates.articles(rows, Map.of(), null);
    }

    private Response preview(String slug, String markdown) {
        try {
            return page(Response.Status.OK, ArticlePreviewView.of(slug, plan(slug, markdown), markdown));
        } catch (InvalidArticleException invalid) {
            return rejected(slug, markdown, invalid);
        }
    }

    private ArticleUploadPlan plan(String slug, String markdown) {
        return uploads.preview(slug, markdown).orElseThrow(() -> new NotFoundException(
                "No article has the slug '" + slug + "'."));
    }

    private static Response page(Response.Status status, ArticlePreviewView view) {
        return Response.status(status).entity(Templates.preview(view, view.plan().changes())).build();
    }

    /** The list again, with the message next to the article's text box, which keeps what was sent. */
    private Response rejected(String slug, String markdown, InvalidArticleException invalid) {
        List<ArticleRowView> rows = rows(slug, markdown, invalid.getMessage());
        if (rows.stream().noneMatch(row -> row.slug().equals(slug))) {
            throw new NotFoundException("No article has the slug '" + slug + "'.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("markdown-" + slug, invalid.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.articles(rows, problems, null)).build();
    }

    private List<ArticleRowView> rows(String failedSlug, String failedMarkdown, String error) {
        return articles.listArticles().stream().map(article -> article.slug().equals(failedSlug)
                ? ArticleRowView.from(article, failedMarkdown == null ? "" : failedMarkdown, error)
                : ArticleRowView.from(article, articles.findSource(article.slug()).orElse(""), null)).toList();
    }

    private String notice(String saved, String unchanged) {
        String slug = saved != null ? saved : unchanged;
        if (slug == null) {
            return null;
        }
        return articles.listArticles().stream().filter(article -> article.slug().equals(slug)).findFirst()
                .map(article -> saved != null
                        ? "Saved: “" + article.title() + "” is now version " + article.version() + "."
                        : "“" + article.title() + "” already has exactly this text, so nothing was saved. It is still version "
                                + article.version() + ".")
                .orElse(null);
    }

}
