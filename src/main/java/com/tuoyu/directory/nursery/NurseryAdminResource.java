package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.http.Created;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.nursery.dto.AdminNursery;
import com.tuoyu.directory.nursery.dto.AdminNurseryRegistration;
import com.tuoyu.directory.nursery.dto.AdminNurserySummary;
import com.tuoyu.directory.nursery.dto.AdminNurseryUpdate;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
@Path("/api/v1/admin/nurseries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: filings", description = "The register of nurseries and their filings, own districts only")
@RequiredArgsConstructor
public class NurseryAdminResource {

    private final FilingService filings;
    private final FilingQueueService queue;
    private final CurrentCaller caller;

    @POST
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "registerNursery", summary = "Register a nursery with its filing application",
            description = "The nursery's public facts (coordinates in wgs84 or gcj02, stored as WGS-84) and the application "
                    + "(authority, day received). The division must be a county in your districts. The filing starts "
                    + "SUBMITTED; the receipt is due within 5 working days, a return within 15. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AdminNursery.class)))
    public Uni<Response> register(@Valid @NotNull AdminNurseryRegistration registration) {
        return filings.register(caller.get(), registration)
                .map(nursery -> Created.at("/api/v1/admin/nurseries/" + nursery.id()).entity(nursery).build());
    }

    @GET
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listAdminNurseries", summary = "The nurseries of my districts",
            description = "Filters: status, division (province, city or county), overdue. Newest change first; with "
                    + "status=SUBMITTED or overdue, by the binding deadline, earliest first. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminNurserySummary.class)))
    public Uni<List<AdminNurserySummary>> list(@RestQuery String status, @RestQuery String division,
                                               @RestQuery String overdue, @RestQuery String page, @RestQuery String size) {
        return queue.list(caller.get(), new FilingQueueService.ListFilter(
                RequestParameters.enumValue("status", status, FilingStatus.class),
                RequestParameters.divisionCode("division", division, false),
                RequestParameters.bool("overdue", overdue),
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 20, 1, 100)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "getAdminNursery", summary = "One nursery with its filing, deadlines, materials checklist and history",
            description = "Coordinates in WGS-84. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNursery.class)))
    public Uni<AdminNursery> get(@PathParam("id") String id) {
        return filings.get(caller.get(), RequestParameters.uuid("id", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "updateNursery", summary = "Replace a nursery's public facts",
            description = "Send every fact and the version you saw (409 when someone changed it since). A change grows "
                    + "the version, is audited and reaches the public directory within seconds. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNursery.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it since you loaded it")
    public Uni<AdminNursery> update(@PathParam("id") String id, @Valid @NotNull AdminNurseryUpdate update) {
        return filings.update(caller.get(), RequestParameters.uuid("id", id), update);
    }
}
