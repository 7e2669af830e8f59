package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.identity.dto.StaffSignIn;
import com.tuoyu.directory.identity.dto.TokenPair;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: sign-in")
@RequiredArgsConstructor
public class AdminAuthResource {

    private final StaffSignInService signIn;

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signInStaff", summary = "Sign in to the admin console",
            description = "Username and password. Five wrong passwords in a row lock the account for a minute, each further "
                    + "lock twice as long (up to an hour). Roles: none (staff accounts only).")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or disabled account")
    @APIResponse(responseCode = "429", description = "The account is locked after wrong passwords", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<TokenPair>> signIn(@Valid @NotNull StaffSignIn request) {
        return signIn.signIn(request.username(), request.password()).map(AuthResource::noStore);
    }
}
