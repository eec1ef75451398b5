package dev.cofactor.web.admin;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.TextInput;
import dev.cofactor.web.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An article's new version in Markdown, for admins (session cookie or HTTP Basic): preview what it would
 * change, then store it. The body is the Markdown itself, as {@code text/markdown} or {@code text/plain}.
 * A browser can send a {@code text/plain} POST across sites without asking, but not with the
 * SameSite=Lax session cookie, and the preview writes nothing anyway; PUT always needs CORS, which is off.
 * Refusals are problem details from {@link dev.cofactor.web.ErrorMappers}: 400 for Markdown that is not an
 * article, 409 for an upload that would break what cites it, 412 for a stale preview.
 */
@Path("/api/admin/articles/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ ArticleUploadResource.MARKDOWN, MediaType.TEXT_PLAIN })
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Articles (admin)", description = "New versions of articles, uploaded by admins")
public class ArticleUploadResource {

    static final String MARKDOWN = "text/markdown";

    private final ArticleUploadService uploads;

    ArticleUploadResource(ArticleUploadService uploads) {
        this.uploads = uploads;
    }

    @POST
    @Path("preview")
    @Operation(summary = "Preview a new version of an article; nothing is stored",
            description = "Sections added, removed and renamed (with how each rename was recognised), sections whose "
                    + "text changed, and the questions and quizzes the new version affects: those citing a renamed "
                    + "section follow it; those citing a removed section, or whose quote is gone, are listed in "
                    + "problems and stop the save. The ETag is the stored version's checksum, for If-Match on PUT.")
    @RequestBody(content = { @Content(mediaType = MARKDOWN), @Content(mediaType = MediaType.TEXT_PLAIN) })
    @APIResponse(responseCode = "200", description = "What the new version would change")
    @APIResponse(responseCode = "400", description = "The body is empty, or has no title (# …) or no section")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public Response preview(@PathParam("slug") String slug, byte[] markdown) {
        ArticleUploadPlan plan = uploads.preview(slug, checked(markdown)).orElseThrow(() -> unknown(slug));
        return Response.ok(ArticleUploadDto.preview(plan)).tag(new EntityTag(plan.changes().checksum())).build();
    }

    @PUT
    @Operation(summary = "Store a new version of an article",
            description = "Stores the Markdown as the article's next version, in one transaction: questions citing a "
                    + "renamed section get a new version citing its new anchor, section checks move with it, and the "
                    + "audit log records article.uploaded. Refused, changing nothing, when a question or quiz cites "
                    + "a section the new version removes or a quote it no longer holds. Sending the same text again "
                    + "stores nothing (changed: false).")
    @RequestBody(content = { @Content(mediaType = MARKDOWN), @Content(mediaType = MediaType.TEXT_PLAIN) })
    @APIResponse(responseCode = "200", description = "Stored: the new version and what followed renamed sections")
    @APIResponse(responseCode = "400", description = "The body is empty, or has no title (# …) or no section")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "Questions or quizzes cite sections or quotes the new version "
            + "drops; errors lists each")
    @APIResponse(responseCode = "412", description = "If-Match does not name the stored version's checksum: "
            + "another version was stored since the preview")
    public ArticleUploadDto save(@PathParam("slug") String slug,
            @Parameter(description = "The checksum of the version the preview was computed against (its ETag)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] markdown) {
        return ArticleUploadDto.saved(uploads.save(slug, checked(markdown), checksum(ifMatch)));
    }

    /** The body as UTF-8 Markdown: refused when empty, not UTF-8, or holding a NUL (with where). */
    private static String checked(byte[] body) {
        String markdown = body == null ? null : TextInput.decode(body, "The Markdown");
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException(Map.of("markdown",
                    "The body is empty: send the article's Markdown as text/markdown or text/plain."));
        }
        return markdown;
    }

    /** The checksum an If-Match header names ({@code "abc…"}, {@code W/"abc…"}), or null without one. */
    private static String checksum(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    }

    private static NotFoundException unknown(String slug) {
        return new NotFoundException("No article has the slug '" + slug + "'.");
    }
}
