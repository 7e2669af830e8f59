package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.search.dto.AdminRebuildReport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: search index")
@SecurityRequirement(name = "bearer")
@RequiredArgsConstructor
public class SearchAdminResource {

    private final IndexRebuilder rebuilder;
    private final SearchCache tiles;

    @POST
    @Path("/rebuild")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index from PostgreSQL",
            description = "Fills a new index and swaps the alias to it; searches keep working meanwhile. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Rebuilt", content = @Content(schema = @Schema(implementation = AdminRebuildReport.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Uni<AdminRebuildReport> rebuild() {
        return rebuilder.rebuild();
    }

    @DELETE
    @Path("/cache")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "dropSearchCache", summary = "Drop this replica's nearby tile cache",
            description = "The next searches fetch their tiles from Elasticsearch again. Never needed for freshness (any change to the index drops the cache within two seconds); for measurements and incidents. Roles: ADMIN.")
    @APIResponse(responseCode = "204", description = "Dropped")
    public void dropCache() {
        tiles.invalidate();
    }
}
