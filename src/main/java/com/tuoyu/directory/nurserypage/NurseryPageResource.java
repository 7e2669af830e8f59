package com.tuoyu.directory.nurserypage;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryDetail;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.http.EntityTags;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.subsidy.CostChoices;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@CompletesWhenClientLeaves
@Path("/api/v1/nurseries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nurseries", description = "Filed nurseries and what they must disclose; public, no sign-in")
@RequiredArgsConstructor
public class NurseryPageResource {

    /**
     * One second, then ask again (with If-None-Match, answered 304 from the replica's cache): a shared cache or a
     * client may add at most that to the service's own lag, keeping a change and a revocation visible within 2 s.
     */
    static final String CACHE_CONTROL = "public, max-age=1, must-revalidate";

    private final NurseryPages pages;

    @GET
    @Path("{id}")
    @Operation(operationId = "getNurseryDetail", summary = "The full public disclosure (信息公示) of one filed nursery",
            description = "Filing, location, opening hours, capacity and vacancies, staff and carer ratios against the "
                    + "national standard, permits and their validity, fees next to the district guide price, "
                    + "inspections, quality grade, penalties, misconduct, credit lists, safety and a merged timeline. "
                    + "Only nurseries whose filing is in force are found. Every section says the date it is as of; "
                    + "vacancies reported more than 30 days ago are unknown. costEstimate is the estimated monthly cost "
                    + "after the subsidies that may apply (育儿补贴, inclusive-nursery and employer subsidies), for the "
                    + "child's age and the parent's choices given as query parameters; its label is Chinese, English "
                    + "with Accept-Language: en. Send the ETag back in If-None-Match "
                    + "to get 304 while nothing shown has changed; the page may be cached for one second (a change "
                    + "shows within two). Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The nursery's disclosure",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong tag of this representation",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.VARY, description = "Accept-Language: the estimate's labels follow it",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicNurseryDetail.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched: the client's copy is current; no body",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No nursery with this id has a filing in force "
            + "(unknown, or submitted, returned, revoked or closed)")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> detail(
            @Parameter(description = "The nursery's id", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                    example = "3f2504e0-4f89-31d3-9a0c-0305e82c3301")
            @PathParam("id") String id,
            @Parameter(description = "Coordinate system of the returned latitude and longitude: wgs84 (GPS, "
                    + "wx.getLocation's default) or gcj02 (Tencent and AMap maps)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84"))
            @QueryParam("coord") String coord,
            @Parameter(description = "The child's age in months (0 to 35): the cost estimate then shows only the "
                    + "classes that age joins and counts only the subsidies paid at that age",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "35"), example = "20")
            @QueryParam("ageMonths") String ageMonths,
            @Parameter(description = "true when the parent's employer pays a childcare allowance: only then are "
                    + "employer allowances counted (the service cannot know it)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("employerAllowance") String employerAllowance,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH,
                    description = "ETag of a copy the client holds")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
                    description = "en for English labels; Chinese otherwise")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UUID nurseryId = RequestParameters.uuid("id", id);
        CoordinateSystem system = CoordinateSystem.fromParameter(coord);
        if (system == null) {
            throw ProblemException.invalidParameter("coord", "必须是 wgs84 或 gcj02", "must be wgs84 or gcj02");
        }
        CostChoices choices = CostChoices.fromParameters(ageMonths, 0, employerAllowance);
        return pages.page(nurseryId, system, choices, Language.of(acceptLanguage)).map(page -> {
            Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, page.tag())
                    ? Response.notModified()
                    : Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE);
            return response.header(HttpHeaders.ETAG, page.tag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        });
    }
}
