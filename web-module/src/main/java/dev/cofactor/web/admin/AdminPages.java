package dev.cofactor.web.admin;

import dev.cofactor.web.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's start page: what there is to maintain. (At the root: a class at /admin would shadow /admin/audit.) */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    @GET
    @Path("admin")
    @Operation(hidden = true)
    public TemplateInstance home() {
        return Templates.home();
    }
}
