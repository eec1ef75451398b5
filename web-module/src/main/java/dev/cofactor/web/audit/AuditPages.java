package dev.cofactor.web.audit;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.audit.AuditLog.EntryDto;
import dev.cofactor.web.audit.AuditLog.Filter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log for admins: the page, and the same entries as JSON. */
@Path("/")
@RolesAllowed(Role.Names.ADMIN)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<EntryDto> entries, Filter filter, List<String> actions,
                Map<String, String> problems);
    }

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("admin/audit")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Filter filter = new Filter(action, actor, from, to);
        try {
            return Response.ok(Templates.audit(audit.list(filter), filter, AuditLog.ACTIONS, Map.of())).build();
        } catch (InvalidInputException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.audit(List.of(), filter, AuditLog.ACTIONS, invalid.problems())).build();
        }
    }

    @GET
    @Path("api/admin/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit log, newest first (at most 500 entries)",
            description = "action: one of the recorded actions; actor: part of the actor's email (nobody for the app itself); "
                    + "from and to: yyyy-mm-dd, inclusive, UTC")
    public List<EntryDto> entries(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return audit.list(new Filter(action, actor, from, to));
    }
}
