package com.tuoyu.directory.privacy;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.identity.ParentPrivacy;
import com.tuoyu.directory.identity.dto.ParentAccountHeld;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.privacy.dto.NotificationConsent;
import com.tuoyu.directory.privacy.dto.PersonalDataExport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The signed-in parent's rights over their personal information (个人信息权利, PIPL art. 44-47). Changing the phone
 * number is {@code POST /api/v1/auth/link/phone} with a code sent to the new number.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PARENT")
@SecurityRequirement(name = "bearer")
@Tag(name = "Personal information", description = "A parent's copy of their data, consent to notifications, account deletion; parent sign-in required")
@CompletesWhenClientLeaves
@RequiredArgsConstructor
public class PrivacyResource {

    private final ParentRights rights;
    private final ParentPrivacy accounts;
    private final CurrentCaller caller;

    @GET
    @Path("/personal-data")
    @CompletesWhenClientLeaves
    @Operation(operationId = "getPersonalData", summary = "Everything the service holds about me",
            description = "One JSON document: the account with its phone number and WeChat ids in full, the privacy notice "
                    + "accepted, complaints with their history, contact number and photo links, saved nurseries, vacancy "
                    + "alerts, visit requests with the phone shared, and the retention schedule. Sent as an attachment "
                    + "(Content-Disposition) so a browser saves it; never cached. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "The parent's data",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"personal-data-<date>.json\""),
            content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    public Uni<RestResponse<PersonalDataExport>> personalData() {
        return rights.export(caller.get()).map(export -> RestResponse.ResponseBuilder.ok(export)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + LocalDate.now(
                        com.tuoyu.directory.platform.time.ClockProducer.CHINA) + ".json\"")
                .header("Cache-Control", "no-store").build());
    }

    @PUT
    @Path("/notification-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setNotificationConsent", summary = "Give or withdraw consent to notifications",
            description = "consent=false: no WeChat message, SMS notice (complaint progress, vacancy alerts) reaches the "
                    + "parent until consent is given again; complaints, alerts and saved nurseries stay. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "The account as now held",
            content = @Content(schema = @Schema(implementation = ParentAccountHeld.class)))
    public Uni<ParentAccountHeld> notificationConsent(@Valid @NotNull NotificationConsent body) {
        return ParentRights.accountOf(caller.get()).chain(id -> accounts.consentToNotifications(id, body.consent()));
    }

    @DELETE
    @Path("/account")
    @Operation(operationId = "deleteMyAccount", summary = "Delete my account",
            description = "Deletes the account, its sessions, saved nurseries, vacancy alerts and visit requests. Complaints "
                    + "stay for the authority's records but lose every link to the parent (account, contact number); their "
                    + "photos are deleted unless a penalty relies on them. Signing in again later starts a new, empty "
                    + "account. Access tokens already issued stop working within their lifetime (15 minutes). Roles: PARENT.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Void> delete() {
        return rights.delete(caller.get());
    }
}
