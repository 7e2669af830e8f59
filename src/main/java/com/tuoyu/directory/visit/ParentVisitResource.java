package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.http.Created;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.visit.dto.ParentVisitRequestCreate;
import com.tuoyu.directory.visit.dto.VisitActionRequest;
import com.tuoyu.directory.visit.dto.VisitRequestView;
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
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/me/visit-requests")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Visits", description = "预约参观: a parent's visit requests")
@RolesAllowed("PARENT")
@RequiredArgsConstructor
public class ParentVisitResource {

    private final VisitRequests requests;
    private final CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestVisit", summary = "Ask a nursery for a visit at one of its offered times",
            description = "The nursery sees the phone only when sharePhone is true (it is not kept otherwise). At most 5 open "
                    + "requests (asked, proposed, or accepted and still ahead); a sixth answers 409. Roles: PARENT.")
    @APIResponse(responseCode = "201", description = "Sent; the nursery answers next", content = @Content(schema = @Schema(implementation = VisitRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such listed nursery, or it offers no such time")
    @APIResponse(responseCode = "409", description = "Already 5 open requests")
    @APIResponse(responseCode = "422", description = "The time has passed, or sharePhone without a phone")
    public Uni<Response> request(@Valid @NotNull ParentVisitRequestCreate create) {
        return requests.request(caller.get(), create)
                .map(view -> Created.at("/api/v1/me/visit-requests/" + view.id()).entity(view).build());
    }

    @GET
    @Operation(operationId = "listMyVisitRequests", summary = "My visit requests, newest first",
            description = "Each with its history (+08:00). Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitRequestView.class, type = SchemaType.ARRAY)))
    public Uni<List<VisitRequestView>> list() {
        return requests.mine(caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyVisitRequest", summary = "One of my visit requests", description = "Another parent's answers 404. Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitRequestView.class)))
    public Uni<VisitRequestView> get(@PathParam("id") String id) {
        return requests.mine(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "actOnMyVisitRequest", summary = "Accept the proposed time, or cancel",
            description = "ACCEPT_PROPOSAL (after the nursery proposed another time) or CANCEL (any open request). Another step "
                    + "than the state allows, or a stale version, answers 409. Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitRequestView.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the request's state, or a stale version")
    public Uni<VisitRequestView> act(@PathParam("id") String id, @Valid @NotNull VisitActionRequest body) {
        return requests.actAsParent(caller.get(), RequestParameters.uuid("id", id), body);
    }
}
