package dev.cofactor.web.instructor;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A learner's cohorts: the ones joined, and a form to join one with its code. */
@Path("/me/cohorts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CohortPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohorts(List<CohortDto> cohorts, String code, Map<String, String> problems,
                String notice);
    }

    private final CohortService cohorts;
    private final Viewer viewer;

    CohortPages(CohortService cohorts, Viewer viewer) {
        this.cohorts = cohorts;
        this.viewer = viewer;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("joined") String joined) {
        return Templates.cohorts(cohorts.joinedBy(viewer.accountId()), "", Map.of(),
                joined == null ? null : "You joined " + joined + ".");
    }

    @POST
    @RolesAllowed(Role.Names.LEARNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response join(@FormParam("code") String code) {
        try {
            CohortDto joined = cohorts.join(code, viewer.account());
            return Response.seeOther(URI.create("/me/cohorts?joined="
                    + URLEncoder.encode(joined.name(), StandardCharsets.UTF_8))).build();
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.cohorts(cohorts.joinedBy(viewer.accountId()), code, invalid.problems(), null)).build();
        }
    }
}
