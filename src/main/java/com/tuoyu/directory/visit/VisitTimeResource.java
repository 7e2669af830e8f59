package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.visit.dto.VisitTimeView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/nurseries/{id}/visit-times")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits")
@RequiredArgsConstructor
public class VisitTimeResource {

    private final VisitTimes times;

    @GET
    @Operation(operationId = "listNurseryVisitTimes", summary = "The times a filed nursery offers for visits",
            description = "Upcoming only, soonest first (+08:00). A nursery not listed answers 404. Roles: none (public).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitTimeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No filed nursery with this id")
    public Uni<List<VisitTimeView>> times(@PathParam("id") String id) {
        return times.forParents(RequestParameters.uuid("id", id));
    }
}
