package com.tuoyu.directory.saved;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.saved.dto.SavedNurseryEntry;
import com.tuoyu.directory.saved.dto.SavedNurseryList;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in parent's saved nurseries (收藏), the same list on every device. */
@CompletesWhenClientLeaves
@Path("/api/v1/me/saved-nurseries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PARENT")
@SecurityRequirement(name = "bearer")
@Tag(name = "Saved nurseries", description = "A parent's saved nurseries; parent sign-in required")
@RequiredArgsConstructor
public class SavedNurseryResource {

    private final SavedNurseryService saved;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "listSavedNurseries", summary = "My saved nurseries, newest first",
            description = "Each listed nursery with its current search card; one no longer listed stays with listed false, "
                    + "its name and why. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(schema = @Schema(implementation = SavedNurseryList.class)))
    public Uni<SavedNurseryList> list() {
        return saved.list(caller.get().id());
    }

    @PUT
    @Path("/{nurseryId}")
    @Operation(operationId = "saveNursery", summary = "Save a nursery",
            description = "Only a listed nursery; saving it again changes nothing (200). At most 50: the 51st is a 422. "
                    + "Roles: PARENT.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = SavedNurseryEntry.class)))
    @APIResponse(responseCode = "200", description = "Already saved; kept with its first date",
            content = @Content(schema = @Schema(implementation = SavedNurseryEntry.class)))
    @APIResponse(responseCode = "404", description = "No listed nursery has this id")
    @APIResponse(responseCode = "422", description = "Already 50 saved nurseries: remove one first")
    public Uni<Response> save(@Parameter(description = "The nursery's id") @PathParam("nurseryId") String nurseryId) {
        String parent = caller.get().id();
        return Uni.createFrom().item(() -> RequestParameters.uuid("nurseryId", nurseryId)).chain(id -> saved.save(parent, id))
                .map(outcome -> Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(outcome.entry()).build());
    }

    @DELETE
    @Path("/{nurseryId}")
    @Operation(operationId = "removeSavedNursery", summary = "Remove a saved nursery",
            description = "Also when it was not saved: the list then does not hold it either way. The parent's vacancy alerts "
                    + "on this nursery end with it (within seconds). Roles: PARENT.")
    @APIResponse(responseCode = "204", description = "Not on the list (any more)")
    public Uni<Void> remove(@Parameter(description = "The nursery's id") @PathParam("nurseryId") String nurseryId) {
        String parent = caller.get().id();
        return Uni.createFrom().item(() -> RequestParameters.uuid("nurseryId", nurseryId)).chain(id -> saved.remove(parent, id));
    }
}
