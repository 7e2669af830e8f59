package com.tuoyu.directory.statistics;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.statistics.dto.CityIndicatorsReport;
import com.tuoyu.directory.statistics.dto.ProvinceCityRanking;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    private final StatisticsService statistics;
    private final IndicatorsService indicators;

    @GET
    @Path("/{code}/statistics")
    @Operation(operationId = "getDivisionStatistics", summary = "Nursery statistics of a division",
            description = "Filed nurseries, slots, slots per 1,000 residents against the 4.5 target, inclusive share of nurseries and of slots, occupancy (enrolled per slot), the enrolment rate (enrolled per child under three, an estimate) and complaints substantiated in the last 12 months per 100 slots; a city or province adds up its counties and names those without residents. Cached for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The division's figures",
            content = @Content(schema = @Schema(implementation = PublicDivisionStatistics.class)))
    public Uni<RestResponse<PublicDivisionStatistics>> statistics(
            @Parameter(description = "Six-digit GB/T 2260 code", example = "360102") @PathParam("code") String code) {
        return statistics.statistics(code).map(body -> RestResponse.ResponseBuilder.ok(body)
                .header("Cache-Control", "public, max-age=60").build());
    }

    @GET
    @Path("/{code}/indicators")
    @Operation(operationId = "getCityIndicators", summary = "Demonstration-city indicators of a city for a year",
            description = "The indicators of 国卫人口发〔2021〕17号 for a prefecture-level city and a year (this year by default): slots per 1,000 residents against the 4.5 target, inclusive share of slots, filed nurseries, occupancy and enrolment rate, substantiated complaints per 100 slots, satisfaction from complaint ratings and serious incidents, beside the province's average, with the city's rank. Cached for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The city's indicators and its province's",
            content = @Content(schema = @Schema(implementation = CityIndicatorsReport.class)))
    public Uni<RestResponse<CityIndicatorsReport>> cityIndicators(
            @Parameter(description = "Six-digit GB/T 2260 code of a prefecture-level city", example = "360100") @PathParam("code") String code,
            @Parameter(description = "Calendar year, from 2021 to this year; this year by default", example = "2026") @QueryParam("year") Integer year) {
        return indicators.city(code, year).map(body -> RestResponse.ResponseBuilder.ok(body)
                .header("Cache-Control", "public, max-age=60").build());
    }

    @GET
    @Path("/{code}/indicators/ranking")
    @Operation(operationId = "getProvinceCityRanking", summary = "A province's cities ranked by the demonstration-city indicators",
            description = "Every prefecture-level city of a province with its demonstration-city indicators for a year (this year by default), ranked by slots per 1,000 residents, then enrolment rate, then filed nurseries, beside the province's average. Cached for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The province's average and its cities ranked",
            content = @Content(schema = @Schema(implementation = ProvinceCityRanking.class)))
    public Uni<RestResponse<ProvinceCityRanking>> ranking(
            @Parameter(description = "Six-digit GB/T 2260 code of a province", example = "360000") @PathParam("code") String code,
            @Parameter(description = "Calendar year, from 2021 to this year; this year by default", example = "2026") @QueryParam("year") Integer year) {
        return indicators.ranking(code, year).map(body -> RestResponse.ResponseBuilder.ok(body)
                .header("Cache-Control", "public, max-age=60").build());
    }
}
