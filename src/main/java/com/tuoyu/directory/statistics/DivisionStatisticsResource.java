package com.tuoyu.directory.statistics;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.overload.ClientRateLimits;
import com.tuoyu.directory.statistics.dto.CityIndicatorsReport;
import com.tuoyu.directory.statistics.dto.ProvinceCityRanking;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@CompletesWhenClientLeaves
@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "GB/T 2260 administrative divisions; public, no sign-in")
@RequiredArgsConstructor
public class DivisionStatisticsResource {

    /**
     * RFC 9745: the deprecated {@code enrolmentRate} (the same value as {@code occupancy}) was deprecated with contract
     * 1.4.0 on 2026-12-06 (00:00 UTC, as a Unix time).
     */
    static final String DEPRECATION = "@1796515200";
    /** RFC 8594: v1 answers it at least six months after the notice (mobile-api-spec/README.md "Versioning"). */
    static final String SUNSET = "Wed, 30 Jun 2027 00:00:00 GMT";

    private final StatisticsService statistics;
    private final IndicatorsService indicators;
    private final StatisticsCache cache;
    private final ClientRateLimits rateLimits;

    @GET
    @Path("/{code}/statistics")
    @Operation(operationId = "getDivisionStatistics", summary = "Nursery statistics of a division",
            description = "Filed nurseries, slots, slots per 1,000 residents against the 4.5 target, inclusive share of nurseries and of slots, occupancy (enrolled per slot), the enrolment rate (enrolled per child under three, an estimate) and complaints substantiated in the last 12 months per 100 slots; a city or province adds up its counties and names those without residents. The field enrolmentRate is deprecated (the same value as occupancy): the answer carries Deprecation and Sunset headers. A change to a nursery shows within 2 seconds; clients and shared caches may keep the answer for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The division's figures",
            headers = {
                    @Header(name = "Deprecation", description = "RFC 9745: when the deprecated field enrolmentRate was deprecated",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Sunset", description = "RFC 8594: after this date enrolmentRate may be gone",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PublicDivisionStatistics.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<PublicDivisionStatistics>> statistics(
            @Parameter(description = "Six-digit GB/T 2260 code", example = "360102") @PathParam("code") String code,
            @Context HttpServerRequest http) {
        return admitted(http).chain(() -> cache.statistics(code, () -> statistics.statistics(code))
                .map(body -> RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "public, max-age=60")
                // The answer still carries the deprecated enrolmentRate: tell clients when it goes.
                .header("Deprecation", DEPRECATION).header("Sunset", SUNSET).build()));
    }

    @GET
    @Path("/{code}/indicators")
    @Operation(operationId = "getCityIndicators", summary = "Demonstration-city indicators of a city for a year",
            description = "The indicators of 国卫人口发〔2021〕17号 for a prefecture-level city and a year (this year by default): slots per 1,000 residents against the 4.5 target, inclusive share of slots, filed nurseries, occupancy and enrolment rate, substantiated complaints per 100 slots, satisfaction from complaint ratings and serious incidents, beside the province's average, with the city's rank. A change to a nursery shows within 2 seconds; clients and shared caches may keep the answer for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The city's indicators and its province's",
            content = @Content(schema = @Schema(implementation = CityIndicatorsReport.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<CityIndicatorsReport>> cityIndicators(
            @Parameter(description = "Six-digit GB/T 2260 code of a prefecture-level city", example = "360100") @PathParam("code") String code,
            @Parameter(description = "Calendar year, from 2021 to this year; this year by default", example = "2026") @QueryParam("year") Integer year,
            @Context HttpServerRequest http) {
        return admitted(http).chain(() -> cache.city(code, year, () -> indicators.city(code, year))
                .map(body -> RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "public, max-age=60").build()));
    }

    @GET
    @Path("/{code}/indicators/ranking")
    @Operation(operationId = "getProvinceCityRanking", summary = "A province's cities ranked by the demonstration-city indicators",
            description = "Every prefecture-level city of a province with its demonstration-city indicators for a year (this year by default), ranked by slots per 1,000 residents, then enrolment rate, then filed nurseries, beside the province's average. A change to a nursery shows within 2 seconds; clients and shared caches may keep the answer for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The province's average and its cities ranked",
            content = @Content(schema = @Schema(implementation = ProvinceCityRanking.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<ProvinceCityRanking>> ranking(
            @Parameter(description = "Six-digit GB/T 2260 code of a province", example = "360000") @PathParam("code") String code,
            @Parameter(description = "Calendar year, from 2021 to this year; this year by default", example = "2026") @QueryParam("year") Integer year,
            @Context HttpServerRequest http) {
        return admitted(http).chain(() -> cache.ranking(code, year, () -> indicators.ranking(code, year))
                .map(body -> RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "public, max-age=60").build()));
    }

    /** The caller's turn under its address's rate (ClientRateLimits); a 429 problem past it. */
    private Uni<Void> admitted(HttpServerRequest http) {
        return rateLimits.admitStatistics(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
    }
}
