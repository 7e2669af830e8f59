package com.tuoyu.directory.comparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.comparison.dto.PublicComparison;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.http.EntityTags;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.subsidy.CostChoices;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@CompletesWhenClientLeaves
@Path("/api/v1/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nurseries", description = "Filed nurseries and what they must disclose; public, no sign-in")
@RequiredArgsConstructor
public class ComparisonResource {

    static final String CACHE_CONTROL = "public, max-age=60";
    static final int MIN_NURSERIES = 2;
    static final int MAX_NURSERIES = 4;

    private final ComparisonService comparisons;
    private final ObjectMapper json;

    @GET
    @Operation(operationId = "compareNurseries", summary = "Compare 2 to 4 filed nurseries side by side for a child's age",
            description = "For each care type: the fee in force of the class the child's age joins (the cheaper when two "
                    + "do), the meal fee and the estimated monthly cost after the subsidies that may apply (an estimate, "
                    + "labelled so); one-off fees; free places in the classes for that age with their report date "
                    + "(unknown when older than 30 days, as in search); opening hours; carer ratios against the national "
                    + "standard; the latest inspection and quality grade; penalties and substantiated complaints of the "
                    + "last 24 months; with a point, the straight-line distance and a walking time (the line lengthened "
                    + "by 30% for streets, at 80 m a minute). Rows whose shown values differ are marked differs=true. "
                    + "Labels are Chinese, English with Accept-Language: en. Send the ETag back in If-None-Match to get "
                    + "304 while nothing shown has changed. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The comparison",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong tag of this representation",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.VARY, description = "Accept-Language", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicComparison.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched: the client's copy is current; no body",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 4 nurseries, one named twice, a malformed id, "
            + "a missing or out-of-range age, or half a point")
    @APIResponse(responseCode = "404", description = "Some nurseries are not listed; the problem names them")
    @ShedsLoad(EndpointFamily.NURSERY_DETAIL)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> compare(
            @Parameter(description = "2 to 4 nursery ids, repeated (ids=a&ids=b) or comma-separated (ids=a,b), in the "
                    + "order the columns are to have", required = true,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, minItems = 1))
            @QueryParam("ids") List<String> ids,
            @Parameter(description = "The child's age in months, 6 to 35 (the ages nursery classes take)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "6", maximum = "35"), example = "20")
            @QueryParam("ageMonths") String ageMonths,
            @Parameter(description = "Latitude of the point distances are measured from (with lng)",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"), example = "28.6849")
            @QueryParam("lat") String lat,
            @Parameter(description = "Longitude of the point (with lat)",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"), example = "115.899")
            @QueryParam("lng") String lng,
            @Parameter(description = "Coordinate system of lat and lng: wgs84 (GPS, wx.getLocation's default) or gcj02 "
                    + "(Tencent and AMap maps)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84"))
            @QueryParam("coord") String coord,
            @Parameter(description = "true when the parent's employer pays a childcare allowance: only then are employer "
                    + "allowances counted in the estimate (the service cannot know it)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("employerAllowance") String employerAllowance,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH, description = "ETag of a copy the client holds")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, description = "en for English labels; Chinese otherwise")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<UUID> nurseryIds = nurseryIds(ids);
        if (ageMonths == null) {
            throw ProblemException.invalidParameter("ageMonths", "必须填写孩子的月龄（6 到 35）",
                    "is required: the child's age in months (6 to 35)");
        }
        CostChoices choices = CostChoices.fromParameters(ageMonths, 6, employerAllowance);
        ComparisonService.From from = from(lat, lng, coord);
        return comparisons.compare(nurseryIds, choices, from, Language.of(acceptLanguage)).map(comparison -> {
            byte[] body = serialize(comparison);
            String tag = EntityTags.of(body);
            Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, tag)
                    ? Response.notModified()
                    : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
            return response.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        });
    }

    /** Ids repeated or comma-separated, each once, 2 to 4 of them. */
    static List<UUID> nurseryIds(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        if (parts.size() < MIN_NURSERIES || parts.size() > MAX_NURSERIES) {
            throw ProblemException.invalidParameter("ids", "必须列出 2 到 4 个托育机构（收到 " + parts.size() + " 个）",
                    "must list 2 to 4 nurseries (got " + parts.size() + ")");
        }
        Set<UUID> unique = new LinkedHashSet<>();
        for (String part : parts) {
            if (!unique.add(RequestParameters.uuid("ids", part))) {
                throw ProblemException.invalidParameter("ids", "每个托育机构只能列出一次（" + part + " 重复）",
                        "must name each nursery once (" + part + " is repeated)");
            }
        }
        return List.copyOf(unique);
    }

    private static ComparisonService.From from(String lat, String lng, String coord) {
        CoordinateSystem system = CoordinateSystem.fromParameter(coord);
        if (system == null) {
            throw ProblemException.invalidParameter("coord", "必须是 wgs84 或 gcj02", "must be wgs84 or gcj02");
        }
        if (lat == null && lng == null) {
            return null;
        }
        if (lat == null || lng == null) {
            throw ProblemException.invalidParameter(lat == null ? "lat" : "lng", "lat 和 lng 必须同时提供",
                    "lat and lng must be given together");
        }
        return new ComparisonService.From(system, degrees("lat", lat, 90), degrees("lng", lng, 180));
    }

    private static double degrees(String name, String value, double limit) {
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isFinite(parsed) && Math.abs(parsed) <= limit) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter(name, "必须是 -" + (int) limit + " 到 " + (int) limit + " 之间的度数",
                "must be degrees from -" + (int) limit + " to " + (int) limit);
    }

    private byte[] serialize(PublicComparison comparison) {
        try {
            return json.writeValueAsBytes(comparison);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
