package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.complaint.dto.AdminComplaintStatistics;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/statistics/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: statistics")
@RequiredArgsConstructor
public class ComplaintStatisticsResource {

    private final ComplaintStatisticsService statistics;
    private final CurrentCaller caller;
    private final java.time.Clock clock;

    @GET
    @Operation(operationId = "getComplaintStatistics", summary = "Complaint figures for a division and period",
            description = "Counts by category, status, county and month; overdue now; median hours to accept and to resolve; satisfaction. Roles: SUPERVISOR (own districts).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminComplaintStatistics.class)))
    public Uni<AdminComplaintStatistics> get(
            @Parameter(description = "Six-digit code", example = "360100", required = true) @RestQuery String division,
            @Parameter(description = "First day, default one year ago", example = "2026-01-01") @RestQuery String from,
            @Parameter(description = "Last day, default today", example = "2026-12-31") @RestQuery String to) {
        RequestParameters.divisionCode("division", division, true);
        LocalDate last = RequestParameters.date("to", to, LocalDate.now(clock));
        LocalDate first = RequestParameters.date("from", from, last.minusYears(1));
        if (first.isAfter(last)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("from", "不能晚于 'to'", "must not be after 'to'"));
        }
        return statistics.statistics(caller.get(), division, first, last);
    }
}
