package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.identity.dto.AdminAccount;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryAccountCreate;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/staff-accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: nursery staff accounts", description = "Sign-ins for a nursery's own staff, made by its county's filing officers")
@RolesAllowed("FILING_OFFICER")
@RequiredArgsConstructor
public class NurseryAccountAdminResource {

    private final NurseryAccountService accounts;
    private final CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNurseryStaffAccount", summary = "Create a sign-in for the nursery's own staff",
            description = "The account has the role NURSERY and acts for this nursery only (its token carries the nursery's "
                    + "id in 'scope_nursery' and no division). It signs in like every staff account (lockout, sessions, "
                    + "refresh). Audited. Nurseries outside your districts answer 404. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Uni<Response> create(@PathParam("id") String id, @Valid @NotNull AdminNurseryAccountCreate request) {
        var nurseryId = RequestParameters.uuid("id", id);
        return accounts.create(caller.get(), nurseryId, request).map(account -> Created
                .at("/api/v1/admin/nurseries/" + nurseryId + "/staff-accounts/" + account.id()).entity(account).build());
    }

    @GET
    @Operation(operationId = "listNurseryStaffAccounts", summary = "The nursery's staff accounts",
            description = "By username. Nurseries outside your districts answer 404. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminAccount.class, type = SchemaType.ARRAY)))
    public Uni<List<AdminAccount>> list(@PathParam("id") String id) {
        return accounts.list(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/{accountId}/disable")
    @Operation(operationId = "disableNurseryStaffAccount", summary = "Disable one of the nursery's staff accounts",
            description = "It can no longer sign in or refresh and its sessions are signed out; its access tokens expire "
                    + "within their lifetime. Audited. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminAccount.class)))
    public Uni<AdminAccount> disable(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return accounts.disable(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("accountId", accountId));
    }
}
