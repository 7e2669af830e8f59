package com.tuoyu.directory.platform.calendar;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.calendar.dto.AdminCalendarYear;
import com.tuoyu.directory.platform.calendar.dto.AdminHolidayArrangement;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/calendar/arrangements/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: working-day calendar", description = "The official holiday arrangements complaint deadlines are counted in")
@RequiredArgsConstructor
public class CalendarAdminResource {

    private final HolidayArrangements arrangements;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "getHolidayArrangement", summary = "The holiday arrangement used for a year",
            description = "LOADED by a supervisor, FILE shipped with the service, or NONE (weekends only; deadlines in that year are provisional). Roles: SUPERVISOR, ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminCalendarYear.class)))
    public Uni<AdminCalendarYear> get(@PathParam("year") String year) {
        return arrangements.year(year(year));
    }

    @PUT
    @Operation(operationId = "loadHolidayArrangement", summary = "Load a year's official holiday arrangement",
            description = "Once the State Council publishes next year's arrangement (usually in November or December), load its holidays and make-up working days; replaces what was loaded for that year, takes precedence over the shipped file, reaches every replica within the refresh interval and is audited. Deadlines computed afterwards in that year are no longer provisional, and open complaints whose deadlines were provisional for that year are recomputed with it. The answer lists the days whose kind changed against the arrangement in use before (changes); with dryRun=true it only lists them. Roles: SUPERVISOR, ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminCalendarYear.class)))
    @APIResponse(responseCode = "400", description = "Inconsistent arrangement: overlapping holidays, a make-up day on a weekday or a holiday, dates outside the year")
    public Uni<AdminCalendarYear> load(@PathParam("year") String year,
                                       @Parameter(description = "true: only check it and answer the days it would change; nothing is stored or audited")
                                       @RestQuery String dryRun,
                                       @Valid @NotNull AdminHolidayArrangement arrangement) {
        return arrangements.load(caller.get(), year(year), arrangement, Boolean.TRUE.equals(RequestParameters.bool("dryRun", dryRun)));
    }

    private static int year(String year) {
        return RequestParameters.integer("year", year, 0, 2000, 2100);
    }
}
