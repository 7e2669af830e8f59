package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.nurserystaff.dto.AdminVacancyReport;
import com.tuoyu.directory.nurserystaff.dto.AdminVacancyReportRequest;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.http.Created;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/vacancy-reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nursery staff: vacancies", description = "Free places a nursery reports itself")
@RequiredArgsConstructor
public class VacancyReportResource {

    private final VacancyReports reports;
    private final CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("NURSERY")
    @Operation(operationId = "reportVacancies", summary = "Report the nursery's free places",
            description = "Free places per class type and care type, as of a day (default today; within the last 30 days). "
                    + "A new dated report each time, never overwriting the last. Every class type the nursery has slots in "
                    + "must be reported; free places of a class type (all care types together) may not exceed its licensed "
                    + "slots, and only care types the nursery offers count (422 naming each line otherwise). The capacity "
                    + "section follows (children enrolled = slots - free places, a new revision from NURSERY_SUBMISSION), so "
                    + "search, the public page and vacancy alerts show it within seconds; after 30 days it lapses to unknown. "
                    + "Audited. Only your own nursery (another answers 404). Roles: NURSERY.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminVacancyReport.class)))
    @APIResponse(responseCode = "422", description = "More free places than slots, a class type missing, a care type not offered")
    public Uni<Response> report(@PathParam("id") String id, @Valid @NotNull AdminVacancyReportRequest request) {
        var nurseryId = RequestParameters.uuid("id", id);
        return reports.report(caller.get(), nurseryId, request).map(report -> Created
                .at("/api/v1/admin/nurseries/" + nurseryId + "/vacancy-reports").entity(report).build());
    }

    @GET
    @RolesAllowed({"NURSERY", "FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listVacancyReports", summary = "The nursery's vacancy reports, newest first",
            description = "The latest 50, each saying whether it is still current (30 days). A nursery's staff see their "
                    + "own nursery only, officers their districts (others answer 404). Roles: NURSERY, FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminVacancyReport.class, type = SchemaType.ARRAY)))
    public Uni<List<AdminVacancyReport>> history(@PathParam("id") String id) {
        return reports.history(caller.get(), RequestParameters.uuid("id", id));
    }
}
