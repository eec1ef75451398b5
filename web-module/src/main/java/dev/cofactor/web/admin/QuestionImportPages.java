package dev.cofactor.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.web.account.Role;
import dev.cofactor.web.admin.BankTransfer.BankExport;
import dev.cofactor.web.admin.BankTransfer.ImportReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Importing questions in the browser, GIFT or Cofactor JSON, pasted or uploaded: previewed first, then all or nothing. */
@Path("/admin/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class QuestionImportPages {

    /** As large as a posted form may be (quarkus.http.limits.max-form-attribute-size), so a previewed file can be confirmed. */
    private static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importing(String format, String text, ImportReport report, Map<String, String> problems);
    }

    private final BankTransfer transfer;
    private final ObjectMapper json;

    QuestionImportPages(BankTransfer transfer, ObjectMapper json) {
        this.transfer = transfer;
        this.json = json;
    }

    @GET
    @Path("import")
    @Operation(hidden = true)
    public TemplateInstance importForm() {
        return Templates.importing("gift", "", null, Map.of());
    }

    /** Previews an import (nothing written), or, once previewed without problems, imports: all or nothing. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importBank(@RestForm String format, @RestForm String text, @RestForm("file") FileUpload file,
            @RestForm String action) {
        String given;
        try {
            given = UploadedText.of(file, MAX_IMPORT_BYTES).orElse(text == null ? "" : text);
        } catch (UploadedText.Unreadable unreadable) {
            return refused(format, text, unreadable.getMessage());
        }
        if (given.isBlank()) {
            return refused(format, given, "Paste the questions, or choose a file.");
        }
        boolean dryRun = !"import".equals(action);
        ImportReport report;
        if ("json".equals(format)) {
            try {
                report = transfer.importJson(json.readValue(given, BankExport.class), dryRun);
            } catch (JsonProcessingException unreadable) {
                return refused(format, given, "This is not a Cofactor JSON export: " + unreadable.getOriginalMessage());
            }
        } else {
            report = transfer.importGift(given, dryRun);
        }
        if (report.saved()) {
            var counts = report.counts();
            return Response.seeOther(URI.create("/admin/questions?done=imported&created=" + counts.created()
                    + "&changed=" + counts.changed() + "&unchanged=" + counts.unchanged())).build();
        }
        return Response.status(report.hasErrors() && !dryRun ? 422 : 200)
                .entity(Templates.importing(format, given, report, Map.of())).build();
    }

    private static Response refused(String format, String text, String problem) {
        return Response.status(400).entity(Templates.importing(format, text, null, Map.of("text", problem))).build();
    }
}
