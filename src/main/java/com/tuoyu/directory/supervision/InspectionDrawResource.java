package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import com.tuoyu.directory.supervision.dto.PublicInspectionDraw;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/inspection-draws")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Published random inspection draws and division statistics; public, no sign-in")
@RequiredArgsConstructor
public class InspectionDrawResource {

    private final InspectionDrawService draws;

    @GET
    @Operation(operationId = "listInspectionDraws", summary = "Random inspection draws (双随机、一公开) of a division",
            description = "The latest 50 draws of the division and the divisions inside it, newest first: date, division and how many nurseries were drawn. "
                    + "The nurseries drawn, each with the date and result of its random inspection, are shown only once every one of them has been inspected (published); "
                    + "until then no nursery is named. Inspectors are never named publicly. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Draws, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicInspectionDraw.class)))
    @ShedsLoad(EndpointFamily.PUBLIC_LISTS)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<List<PublicInspectionDraw>>> published(
            @Parameter(description = "GB/T 2260 code of a county, city or province", required = true, example = "360102")
            @RestQuery String division) {
        return draws.published(division).map(list -> RestResponse.ResponseBuilder.ok(list)
                .header("Cache-Control", "public, max-age=60").build());
    }
}
