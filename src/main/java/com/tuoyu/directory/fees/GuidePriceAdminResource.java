package com.tuoyu.directory.fees;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.fees.dto.AdminGuidePrice;
import com.tuoyu.directory.fees.dto.AdminGuidePriceEntry;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/guide-prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: guide prices", description = "District guide prices (普惠指导价)")
@RequiredArgsConstructor
public class GuidePriceAdminResource {

    private final GuidePriceService service;
    private final CurrentCaller caller;

    @POST
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "setGuidePrice", summary = "Set a district guide price (普惠指导价)",
            description = "For a county in your districts, one care type and age group, from a date (a past date needs a "
                    + "reason; the same date twice is 409). Inclusive nurseries left above a cut are flagged for officers, "
                    + "never changed. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = AdminGuidePrice.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    @APIResponse(responseCode = "409", description = "A guide price from the same date exists")
    @APIResponse(responseCode = "422", description = "Not a county, or a past date without a reason")
    public Uni<jakarta.ws.rs.core.Response> setGuidePrice(@Valid @NotNull AdminGuidePriceEntry entry) {
        return service.setGuidePrice(caller.get(), entry)
                .map(price -> jakarta.ws.rs.core.Response.status(201).entity(price).build());
    }

    @GET
    @RolesAllowed({"SUPERVISOR", "FILING_OFFICER"})
    @Operation(operationId = "listGuidePrices", summary = "Guide prices of a county, with history",
            description = "In force, scheduled and replaced, per care type and group newest first. "
                    + "Roles: SUPERVISOR, FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminGuidePrice.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    public Uni<List<AdminGuidePrice>> guidePrices(@Parameter(description = "County code", required = true) @RestQuery String division) {
        return service.guidePriceHistory(caller.get(), RequestParameters.divisionCode("division", division, true));
    }
}
