package com.tuoyu.directory.fees;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.fees.dto.AdminFee;
import com.tuoyu.directory.fees.dto.AdminFeeEntry;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
@Path("/api/v1/admin/nurseries/{id}/fees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: fees", description = "Fee schedules, the inclusive (普惠) mark and its flags, own districts only")
@RequiredArgsConstructor
public class FeeAdminResource {

    private final FeeAdminService service;
    private final CurrentCaller caller;

    @POST
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "scheduleFee", summary = "Schedule a fee",
            description = "A fee for one care type and age group from a date. A future date takes effect on that day "
                    + "without anyone acting (announced shortly after midnight); a past date needs a reason; the same "
                    + "date twice is 409 (entries are never overwritten). An inclusive nursery's fee above the guide "
                    + "price in force on its date is refused (422): lower it or withdraw the inclusive mark first. "
                    + "Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = AdminFee.class)))
    @APIResponse(responseCode = "409", description = "A fee from the same date exists")
    @APIResponse(responseCode = "422", description = "Past date without a reason, or above the guide price for an inclusive nursery")
    public Uni<jakarta.ws.rs.core.Response> scheduleFee(@PathParam("id") String id, @Valid @NotNull AdminFeeEntry entry) {
        return service.scheduleFee(caller.get(), RequestParameters.uuid("id", id), entry)
                .map(fee -> jakarta.ws.rs.core.Response.status(201).entity(fee).build());
    }

    @GET
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listFees", summary = "Every fee entry of a nursery",
            description = "In force, scheduled and replaced, per care type and group newest first, each next to the guide "
                    + "price in force on its date. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminFee.class)))
    public Uni<List<AdminFee>> fees(@PathParam("id") String id) {
        return service.feeHistory(caller.get(), RequestParameters.uuid("id", id));
    }
}
