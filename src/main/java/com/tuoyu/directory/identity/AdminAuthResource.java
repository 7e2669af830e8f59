package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.identity.dto.StaffSignIn;
import com.tuoyu.directory.identity.dto.TokenPair;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.tuoyu.directory.identity.dto.ConsoleSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
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
    private final ConsoleSessions sessions;

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

    @POST
    @Path("/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startConsoleSession", summary = "Sign in to the console",
            description = "As signInStaff, but the refresh token goes into an HttpOnly cookie limited to this path ("
                    + ConsoleCookies.REFRESH + ") and a CSRF token into a cookie the page reads (" + ConsoleCookies.CSRF
                    + "), to be sent back as the " + ConsoleCookies.CSRF_HEADER + " header. Roles: none.")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = ConsoleSession.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or disabled account")
    @APIResponse(responseCode = "429", description = "The account is locked after wrong passwords", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<ConsoleSession>> startSession(@Valid @NotNull StaffSignIn request) {
        return sessions.start(request.username(), request.password()).map(ConsoleCookies::withCookies);
    }

    @POST
    @Path("/session/refresh")
    @Operation(operationId = "refreshConsoleSession", summary = "Keep the console's session alive",
            description = "Needs the refresh cookie and the " + ConsoleCookies.CSRF_HEADER + " header equal to the "
                    + ConsoleCookies.CSRF + " cookie; rotates both cookies. Roles: none (the cookie is the credential).")
    @APIResponse(responseCode = "200", description = "A new access token", content = @Content(schema = @Schema(implementation = ConsoleSession.class)))
    @APIResponse(responseCode = "401", description = "The session expired, was signed out, or its cookie is missing")
    @APIResponse(responseCode = "403", description = "The CSRF header is missing or does not match its cookie")
    public Uni<RestResponse<ConsoleSession>> refreshSession(@CookieParam(ConsoleCookies.REFRESH) String refresh,
                                                            @CookieParam(ConsoleCookies.CSRF) String csrfCookie,
                                                            @HeaderParam(ConsoleCookies.CSRF_HEADER) String csrfHeader) {
        return ConsoleCookies.checkCsrf(csrfCookie, csrfHeader)
                .chain(() -> sessions.refresh(refresh)).map(ConsoleCookies::withCookies);
    }

    @DELETE
    @Path("/session")
    @Operation(operationId = "endConsoleSession", summary = "Sign out of the console",
            description = "Revokes the session of the refresh cookie and clears both cookies. Needs the "
                    + ConsoleCookies.CSRF_HEADER + " header. Roles: none.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "The CSRF header is missing or does not match its cookie")
    public Uni<RestResponse<Void>> endSession(@CookieParam(ConsoleCookies.REFRESH) String refresh,
                                              @CookieParam(ConsoleCookies.CSRF) String csrfCookie,
                                              @HeaderParam(ConsoleCookies.CSRF_HEADER) String csrfHeader) {
        return ConsoleCookies.checkCsrf(csrfCookie, csrfHeader)
                .chain(() -> sessions.end(refresh)).map(ignored -> ConsoleCookies.cleared());
    }
}
