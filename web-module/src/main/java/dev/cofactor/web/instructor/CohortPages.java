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
    public TemplateInstance page(@QueryParam("joined") String joined, @QueryParam("code") String code) {
        List<CohortDto> mine = cohorts.joinedBy(viewer.accountId());
        // the notice names a cohort of the learner's own, never text from the address
        String notice = mine.stream().filter(cohort -> String.valueOf(cohort.id()).equals(joined)).findFirst()
                .map(cohort -> "You joined " + cohort.name() + ".").orElse(null);
        // a shared link fills the code in; it is shown in a form field, never as a message
        return Templates.cohorts(mine, code == null ? "" : code, Map.of(), notice);
    }

    @POST
    @RolesAllowed(Role.Names.LEARNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response join(@FormParam("code") String code) {
        try {
            CohortDto joined = cohorts.join(code, viewer.account());
            return Response.seeOther(URI.create("/me/cohorts?joined=" + joined.id())).build();
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.cohorts(cohorts.joinedBy(viewer.accountId()), code, invalid.problems(), null)).build();
        }
    }
}
