package com.tuoyu.directory.division;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.division.dto.PublicDivision;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "GB/T 2260 administrative divisions; public, no sign-in")
@RequiredArgsConstructor
public class DivisionResource {

    private final DivisionService divisions;

    @GET
    @Operation(operationId = "listDivisions", summary = "List provinces, or the divisions inside one division",
            description = "Without 'parent', the provinces the service covers; with it, that division's cities or counties. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Divisions ordered by code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicDivision.class)))
    @APIResponse(responseCode = "404", description = "No division has that code")
    public Uni<List<PublicDivision>> list(
            @Parameter(description = "Six-digit GB/T 2260 code of the parent division", example = "360100")
            @QueryParam("parent") String parent) {
        return divisions.children(parent);
    }
}
