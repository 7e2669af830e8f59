package com.tuoyu.directory.fees;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.fees.dto.AdminInclusiveChange;
import com.tuoyu.directory.fees.dto.AdminInclusiveStatus;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/inclusive")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: fees", description = "Fee schedules, the inclusive (普惠) mark and its flags, own districts only")
@RequiredArgsConstructor
public class InclusiveAdminResource {

    private final InclusiveService service;
    private final CurrentCaller caller;

    @PUT
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "setInclusive", summary = "Mark a nursery inclusive (普惠) or withdraw the mark",
            description = "Marking is refused (422, naming each fee and guide price) while any fee in force, or announced "
                    + "for later, exceeds the district guide price in force on its date. Withdrawing always works and "
                    + "clears the nursery's flags. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminInclusiveStatus.class)))
    @APIResponse(responseCode = "422", description = "A fee exceeds the guide price")
    public Uni<AdminInclusiveStatus> inclusive(@PathParam("id") String id, @Valid @NotNull AdminInclusiveChange change) {
        return service.setInclusive(caller.get(), RequestParameters.uuid("id", id), change);
    }
}
