package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminDraw;
import com.tuoyu.directory.supervision.dto.AdminDrawRequest;
import com.tuoyu.directory.supervision.dto.AdminDrawVerification;
import com.tuoyu.directory.supervision.dto.AdminInspector;
import com.tuoyu.directory.supervision.dto.AdminInspectorRecord;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** Division-wide supervision tools: the risk ranking, the inspector roster and the random inspection draw. */
@CompletesWhenClientLeaves
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a supervisor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not in your districts", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupervisionDirectoryAdminResource {

    private final RiskService risk;
    private final InspectorRosterService roster;
    private final InspectionDrawService draws;
    private final JsonWebToken token;

    public SupervisionDirectoryAdminResource(RiskService risk, InspectorRosterService roster, InspectionDrawService draws,
                                             JsonWebToken token) {
        this.risk = risk;
        this.roster = roster;
        this.draws = draws;
        this.token = token;
    }

    @GET
    @Path("/risk")
    @Operation(summary = "Filed nurseries of a division ranked by supervision risk",
            description = "Riskiest first, each with its components. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminRisk.class)))
    @APIResponse(responseCode = "400", description = "'division' missing or not a six-digit code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AdminRisk>> ranking(
            @Parameter(description = "GB/T 2260 code of a county, city or province", example = "360102") @RestQuery String division) {
        return risk.ranking(Caller.of(token), division);
    }

    @GET
    @Path("/inspectors")
    @Operation(summary = "The inspector roster of a division and the divisions inside it",
            description = "Names and employee numbers are personal data, never published. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminInspector.class)))
    @APIResponse(responseCode = "400", description = "'division' missing or not a six-digit code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AdminInspector>> inspectors(
            @Parameter(description = "GB/T 2260 code", example = "360102") @RestQuery String division) {
        return roster.list(Caller.of(token), division);
    }

    @POST
    @Path("/inspectors")
    @ResponseStatus(201)
    @Operation(summary = "Add an inspector to a division's roster", description = "Audited by id and employee number. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AdminInspector.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The employee number is already on that roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminInspector> addInspector(@Valid @NotNull AdminInspectorRecord record) {
        return roster.add(Caller.of(token), record);
    }

    @PUT
    @Path("/inspectors/{id}")
    @Operation(summary = "Change or deactivate an inspector", description = "Inspectors are deactivated (active=false), never deleted. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminInspector.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The employee number is already on that roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminInspector> updateInspector(@PathParam("id") String id, @Valid @NotNull AdminInspectorRecord record) {
        return roster.update(Caller.of(token), RequestParameters.uuid("id", id), record);
    }

    @POST
    @Path("/inspection-draws")
    @ResponseStatus(201)
    @Operation(summary = "Draw nurseries for random inspection (双随机), weighted by risk, with inspectors",
            description = "Picks 'count' filed nurseries of the division without replacement, each with a chance growing with 1 + its risk score (Efraimidis-Spirakis), and 'inspectorsPerNursery' inspectors drawn uniformly from the roster for each. The seed (random when absent), candidates with weights, roster and picks are recorded and the draw is published without inspectors. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AdminDraw.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, unknown division", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No filed nursery in the division, or too few active inspectors", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminDraw> draw(@Valid @NotNull AdminDrawRequest request) {
        return draws.draw(Caller.of(token), request);
    }

    @GET
    @Path("/inspection-draws/{id}")
    @Operation(summary = "A recorded draw with its seed, candidates, roster and picks", description = "Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminDraw.class)))
    @APIResponse(responseCode = "400", description = "'id' is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminDraw> getDraw(@PathParam("id") String id) {
        return draws.get(Caller.of(token), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/inspection-draws/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Recompute a draw from its recorded seed, candidates and roster",
            description = "Answers whether the recomputed picks equal the recorded ones. Changes nothing. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminDrawVerification.class)))
    @APIResponse(responseCode = "400", description = "'id' is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminDrawVerification> verify(@PathParam("id") String id) {
        return draws.verify(Caller.of(token), RequestParameters.uuid("id", id));
    }
}
