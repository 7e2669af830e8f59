package com.tuoyu.directory.console;

import com.tuoyu.directory.console.dto.ConsoleMapSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Settings the console reads at run time (the npm build cannot know an installation's tile server). */
@Path("/api/v1/admin/console/map-settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: console")
@RequiredArgsConstructor
@CompletesWhenClientLeaves
public class ConsoleSettingsResource {

    private final ConsoleMapConfig map;

    @GET
    @Operation(operationId = "getConsoleMapSettings", summary = "The tile server of the console's nursery map",
            description = "Configured with console.map.*; without a tile URL the map is drawn on a plain background. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsoleMapSettings.class)))
    public ConsoleMapSettings mapSettings() {
        return new ConsoleMapSettings(map.tileUrl().orElse(null), map.attribution().orElse(null),
                map.subdomains().orElse(null), map.coordinateSystem(), map.maxZoom());
    }
}
