package com.tuoyu.directory.disclosure;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.disclosure.dto.AdminExpiringPermit;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: disclosures", description = "Versioned disclosure sections and permits, own districts only")
@RequiredArgsConstructor
public class PermitAdminResource {

    private final ExpiringPermitService service;
    private final CurrentCaller caller;

    @GET
    @Path("/expiring")
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listExpiringPermits", summary = "Permits expiring soon or expired, in your districts",
            description = "Permits whose validity ends within withinDays (default 60, at most 366), and expired ones, "
                    + "unless a permit of the same kind valid beyond the window replaces them; soonest first. "
                    + "Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminExpiringPermit.class)))
    public Uni<List<AdminExpiringPermit>> expiringPermits(@RestQuery String withinDays) {
        return service.expiringPermits(caller.get(), RequestParameters.integer("withinDays", withinDays,
                DisclosureService.PERMIT_EXPIRY_WARNING_DAYS, 0, 366));
    }
}
