package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.identity.dto.AdminAccount;
import com.tuoyu.directory.identity.dto.AdminAccountCreate;
import com.tuoyu.directory.identity.dto.AdminPasswordReset;
import com.tuoyu.directory.identity.dto.AdminRolesChange;
import com.tuoyu.directory.identity.dto.AdminScopeChange;
import com.tuoyu.directory.platform.problem.RequestParameters;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: accounts")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMIN")
@RequiredArgsConstructor
public class AccountAdminResource {

    private final AccountAdminService accounts;

    @GET
    @Operation(operationId = "listStaffAccounts", summary = "List staff accounts", description = "Ordered by username. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "The staff accounts",
            content = @Content(schema = @Schema(implementation = AdminAccount.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<AdminAccount>> list() {
        return accounts.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStaffAccount", summary = "One staff account", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    public Uni<AdminAccount> get(@PathParam("id") String id) {
        return accounts.get(RequestParameters.uuid("id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaffAccount", summary = "Create a staff account",
            description = "Roles HANDLER, SUPERVISOR, FILING_OFFICER, ADMIN; divisions are GB/T 2260 codes of the reference data, "
                    + "a city or province code covering everything below it. Roles: ADMIN.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Uni<RestResponse<AdminAccount>> create(@Valid @NotNull AdminAccountCreate request) {
        return accounts.create(request).map(account -> RestResponse.ResponseBuilder.<AdminAccount>create(RestResponse.Status.CREATED)
                // Relative to the host, as Created.at: the request's base URI is the internal one behind a proxy.
                .header(jakarta.ws.rs.core.HttpHeaders.LOCATION, "/api/v1/admin/accounts/" + account.id())
                .entity(account).build());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableStaffAccount", summary = "Disable a staff account",
            description = "The account can no longer sign in or refresh; its sessions are signed out. Its access tokens expire "
                    + "within their lifetime. The last enabled ADMIN and your own account cannot be disabled. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "409", description = "Your own account, or the last enabled ADMIN")
    public Uni<AdminAccount> disable(@PathParam("id") String id, @Context SecurityContext security) {
        return accounts.disable(RequestParameters.uuid("id", id), CallerIds.account(security));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableStaffAccount", summary = "Enable a staff account again", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    public Uni<AdminAccount> enable(@PathParam("id") String id) {
        return accounts.enable(RequestParameters.uuid("id", id));
    }

    @PUT
    @Path("/{id}/divisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffAccountDivisions", summary = "Re-scope a staff account",
            description = "Replaces the account's divisions; they apply from its next sign-in or refresh. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Re-scoped", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    public Uni<AdminAccount> rescope(@PathParam("id") String id, @Valid @NotNull AdminScopeChange request) {
        return accounts.rescope(RequestParameters.uuid("id", id), request.divisions());
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffAccountRoles", summary = "Change a staff account's roles",
            description = "Replaces the roles; they apply from the next sign-in or refresh. The last enabled ADMIN keeps ADMIN. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "409", description = "Would leave no enabled ADMIN")
    public Uni<AdminAccount> changeRoles(@PathParam("id") String id, @Valid @NotNull AdminRolesChange request) {
        return accounts.changeRoles(RequestParameters.uuid("id", id), request.roles());
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetStaffAccountPassword", summary = "Reset a staff account's password",
            description = "Sets a new password, lifts any lock and signs the account out everywhere. The password must "
                    + "not be a common breached password, contain the username, or repeat one of the account's last five. "
                    + "Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Reset", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "400", description = "The password breaks a rule")
    public Uni<AdminAccount> resetPassword(@PathParam("id") String id, @Valid @NotNull AdminPasswordReset request) {
        return accounts.resetPassword(RequestParameters.uuid("id", id), request.password());
    }

    @POST
    @Path("/{id}/second-factor/reset")
    @Operation(operationId = "resetStaffAccountSecondFactor", summary = "Reset a staff account's authenticator app",
            description = "For a lost or replaced phone: forgets the account's TOTP secret and recovery codes and signs it "
                    + "out everywhere; its next sign-in enrols a new app. Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "Reset", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "404", description = "No such staff account")
    public Uni<AdminAccount> resetSecondFactor(@PathParam("id") String id) {
        return accounts.resetSecondFactor(RequestParameters.uuid("id", id));
    }
}
