package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import com.tuoyu.directory.nursery.dto.PublicFilingNotices;
import com.tuoyu.directory.platform.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CompletesWhenClientLeaves
@Path("/api/v1/filing-notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filing notices", description = "Returned, revoked and closed filings with their public reasons; public, no sign-in")
@RequiredArgsConstructor
public class FilingNoticeResource {

    private final FilingNoticeService notices;

    @GET
    @Operation(operationId = "listFilingNotices", summary = "Public notices of returned, revoked and closed filings",
            description = "A return (不符合设置标准的告知), revocation or closure with the reasons the authority made public, "
                    + "newest first, optionally within a province, city or county. A notice stays when the nursery is "
                    + "later filed; its timeline shows it too. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Notices, newest first",
            content = @Content(schema = @Schema(implementation = PublicFilingNotices.class)))
    @ShedsLoad(EndpointFamily.PUBLIC_LISTS)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<PublicFilingNotices> notices(
            @Parameter(description = "Six-digit GB/T 2260 code of a province, city or county", example = "360100")
            @QueryParam("division") String division,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Notices per page, 1 to 50 (default 20)", example = "20") @QueryParam("size") String size) {
        return notices.publicNotices(RequestParameters.divisionCode("division", division, false),
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 20, 1, 50));
    }
}
