package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.visit.dto.AdminVisitRequest;
import com.tuoyu.directory.visit.dto.AdminVisitTimeCreate;
import com.tuoyu.directory.visit.dto.VisitActionRequest;
import com.tuoyu.directory.visit.dto.VisitTimeView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The nursery's side of visits: the times it offers and the requests it answers. Its own nursery only (others 404). */
@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/visits")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nursery staff: visits", description = "预约参观: offered times and parents' requests")
@RolesAllowed("NURSERY")
@RequiredArgsConstructor
public class VisitAdminResource {

    private final VisitTimes times;
    private final VisitRequests requests;
    private final CurrentCaller caller;

    @GET
    @Path("/times")
    @Operation(operationId = "listOwnVisitTimes", summary = "The upcoming times the nursery offers for visits",
            description = "Soonest first. Your own nursery only (another answers 404). Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitTimeView.class, type = SchemaType.ARRAY)))
    public Uni<List<VisitTimeView>> times(@PathParam("id") String id) {
        return times.forStaff(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/times")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "offerVisitTime", summary = "Offer a time for visits",
            description = "In the future, 15 to 240 minutes; parents may ask for it at once. Answers the upcoming times. Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitTimeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "The time has passed")
    public Uni<List<VisitTimeView>> offer(@PathParam("id") String id, @Valid @NotNull AdminVisitTimeCreate create) {
        return times.offer(caller.get(), RequestParameters.uuid("id", id), create);
    }

    @DELETE
    @Path("/times/{timeId}")
    @Operation(operationId = "withdrawVisitTime", summary = "Withdraw an offered time",
            description = "Parents can no longer ask for it; requests already made for it stay as they are. Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitTimeView.class, type = SchemaType.ARRAY)))
    public Uni<List<VisitTimeView>> withdraw(@PathParam("id") String id, @PathParam("timeId") String timeId) {
        return times.withdraw(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("timeId", timeId));
    }

    @GET
    @Path("/requests")
    @Operation(operationId = "listOwnVisitRequests", summary = "Parents' visit requests to the nursery",
            description = "Newest first (latest 200), each with its history (+08:00). The parent's phone appears only when "
                    + "they shared it for that request. Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminVisitRequest.class, type = SchemaType.ARRAY)))
    public Uni<List<AdminVisitRequest>> list(@PathParam("id") String id) {
        return requests.forNursery(caller.get(), RequestParameters.uuid("id", id));
    }

    @GET
    @Path("/requests/{requestId}")
    @Operation(operationId = "getOwnVisitRequest", summary = "One visit request with its history", description = "Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminVisitRequest.class)))
    public Uni<AdminVisitRequest> get(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return requests.forNursery(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("requestId", requestId));
    }

    @POST
    @Path("/requests/{requestId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerVisitRequest", summary = "Accept, propose another time or decline",
            description = "ACCEPT (a request not yet answered), PROPOSE with proposedAt (a request not yet accepted; the "
                    + "parent then accepts or cancels), DECLINE with a note (any open request). Another step than the state "
                    + "allows, or a stale version, answers 409. Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminVisitRequest.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the request's state, or a stale version")
    @APIResponse(responseCode = "422", description = "PROPOSE without a future time, DECLINE without a note")
    public Uni<AdminVisitRequest> act(@PathParam("id") String id, @PathParam("requestId") String requestId,
                                      @Valid @NotNull VisitActionRequest body) {
        return requests.actAsNursery(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("requestId", requestId), body);
    }
}
