package dev.cofactor.web.instructor;

import dev.cofactor.web.account.Role;
import dev.cofactor.web.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in learner's cohorts over JSON, beside {@code /api/me}: the JSON twin of {@link CohortPages}.
 * It lives with the cohorts, not the accounts, so that accounts need not know about cohorts.
 */
@Path("/api/me/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me", description = "The signed-in user and their attempts")
public class CohortResource {

    public record JoinCohort(String code) {
    }

    private final CohortService cohorts;
    private final Viewer viewer;

    CohortResource(CohortService cohorts, Viewer viewer) {
        this.cohorts = cohorts;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The cohorts you belong to")
    public List<CohortDto> cohorts() {
        return cohorts.joinedBy(viewer.accountId());
    }

    @POST
    @RolesAllowed(Role.Names.LEARNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a cohort with the code your instructor gave you; joining twice changes nothing")
    @APIResponse(responseCode = "400", description = "No cohort has this code")
    public CohortDto join(JoinCohort join) {
        return cohorts.join(join == null ? null : join.code(), viewer.account());
    }
}
