package com.tuoyu.directory.fees;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.fees.dto.AdminInclusiveFlag;
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

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/inclusive-flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: fees", description = "Fee schedules, the inclusive (普惠) mark and its flags, own districts only")
@RequiredArgsConstructor
public class InclusiveFlagAdminResource {

    private final InclusiveService service;
    private final CurrentCaller caller;

    @GET
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listInclusiveFlags", summary = "Inclusive nurseries charging above the guide price in force",
            description = "After a guide-price cut (including one announced earlier that has taken effect) an inclusive "
                    + "nursery may charge more than the guide price: it is listed here for an officer, and its inclusive "
                    + "mark is left as it is. A flag clears once the fee is lowered or the mark withdrawn. Newest first. "
                    + "Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminInclusiveFlag.class)))
    public Uni<List<AdminInclusiveFlag>> inclusiveFlags() {
        return service.inclusiveFlags(caller.get());
    }
}
