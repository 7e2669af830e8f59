package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.nursery.dto.AdminNurserySummary;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
@Path("/api/v1/admin/filings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: filings")
@RequiredArgsConstructor
public class FilingQueueResource {

    private final FilingQueueService queue;
    private final CurrentCaller caller;

    @GET
    @Path("/overdue")
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listOverdueFilings", summary = "Filings of my districts past their deadline",
            description = "SUBMITTED filings whose binding deadline has passed: the receipt's (5 working days) when the "
                    + "materials are complete, else the return's (15 working days); earliest due first. Optional "
                    + "division filter. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminNurserySummary.class)))
    public Uni<List<AdminNurserySummary>> overdue(@RestQuery String division, @RestQuery String page, @RestQuery String size) {
        return queue.list(caller.get(), new FilingQueueService.ListFilter(FilingStatus.SUBMITTED,
                RequestParameters.divisionCode("division", division, false), true,
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 50, 1, 200)));
    }
}
