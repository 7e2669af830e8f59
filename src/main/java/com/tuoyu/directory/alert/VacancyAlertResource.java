package com.tuoyu.directory.alert;

import com.tuoyu.directory.alert.dto.VacancyAlertList;
import com.tuoyu.directory.alert.dto.VacancyAlertRequest;
import com.tuoyu.directory.alert.dto.VacancyAlertView;
import com.tuoyu.directory.alert.dto.WeChatConsent;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in parent's vacancy alerts (空位提醒). */
@CompletesWhenClientLeaves
@Path("/api/v1/me/vacancy-alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PARENT")
@SecurityRequirement(name = "bearer")
@Tag(name = "Vacancy alerts", description = "A parent's vacancy alerts; parent sign-in required")
@RequiredArgsConstructor
public class VacancyAlertResource {

    private final VacancyAlertService alerts;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "listVacancyAlerts", summary = "My vacancy alerts, newest first",
            description = "Each with its status and expiry; also the WeChat template id the mini-program asks consent for. "
                    + "Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "The alerts",
            content = @Content(schema = @Schema(implementation = VacancyAlertList.class)))
    public Uni<VacancyAlertList> list() {
        return alerts.list(caller.get().id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVacancyAlert", summary = "Subscribe to vacancy alerts",
            description = "For a saved nursery or an area, one child's age and a care type; ends by itself after 90 days "
                    + "unless renewed. Roles: PARENT.")
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = VacancyAlertView.class)))
    @APIResponse(responseCode = "422", description = "The nursery is not saved, the template is not the vacancy one, or the limit is reached")
    @APIResponse(responseCode = "503", description = "A WeChat consent was given but WeChat messages are not set up")
    public Uni<Response> create(@Valid @NotNull VacancyAlertRequest request) {
        return alerts.create(caller.get().id(), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @DELETE
    @Path("/{alertId}")
    @Operation(operationId = "deleteVacancyAlert", summary = "Unsubscribe",
            description = "Nothing more is sent for it; also 204 when it was already gone. Roles: PARENT.")
    @APIResponse(responseCode = "204", description = "No such alert (any more)")
    public Uni<Void> delete(@Parameter(description = "The alert's id") @PathParam("alertId") String alertId) {
        String parent = caller.get().id();
        return Uni.createFrom().item(() -> RequestParameters.uuid("alertId", alertId)).chain(id -> alerts.remove(parent, id));
    }

    @POST
    @Path("/{alertId}/renewal")
    @Operation(operationId = "renewVacancyAlert", summary = "Renew for another 90 days",
            description = "From now, also after it has ended. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "Renewed", content = @Content(schema = @Schema(implementation = VacancyAlertView.class)))
    @APIResponse(responseCode = "404", description = "No such alert of yours")
    public Uni<VacancyAlertView> renew(@Parameter(description = "The alert's id") @PathParam("alertId") String alertId) {
        String parent = caller.get().id();
        return Uni.createFrom().item(() -> RequestParameters.uuid("alertId", alertId)).chain(id -> alerts.renew(parent, id));
    }

    @POST
    @Path("/{alertId}/wechat-consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addVacancyAlertWeChatConsent", summary = "Record a WeChat subscription consent",
            description = "The parent accepted the vacancy template in wx.requestSubscribeMessage: one more WeChat message "
                    + "for this alert. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = VacancyAlertView.class)))
    @APIResponse(responseCode = "404", description = "No such alert of yours")
    @APIResponse(responseCode = "422", description = "Not the vacancy alert template")
    @APIResponse(responseCode = "503", description = "WeChat messages are not set up")
    public Uni<VacancyAlertView> consent(@Parameter(description = "The alert's id") @PathParam("alertId") String alertId,
                                         @Valid @NotNull WeChatConsent consent) {
        String parent = caller.get().id();
        return Uni.createFrom().item(() -> RequestParameters.uuid("alertId", alertId))
                .chain(id -> alerts.addConsent(parent, id, consent.templateId()));
    }
}
