package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.identity.dto.StaffEnrolled;
import com.tuoyu.directory.identity.dto.StaffEnrolment;
import com.tuoyu.directory.identity.dto.StaffEnrolmentConfirm;
import com.tuoyu.directory.identity.dto.StaffEnrolmentStart;
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
            description = "Username, password and the authenticator app's code (or a recovery code): every staff account "
                    + "signs in with both factors. A right password without a code is answered 401 with the problem type "
                    + "second-factor-required, or second-factor-enrolment-required when the account has no app yet (see "
                    + "enrolStaffAuthenticator). Five wrong passwords or codes in a row lock the account for a minute, each "
                    + "further lock twice as long (up to an hour). Roles: none (staff accounts only).")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Wrong username, password or code, disabled account, or the code is missing")
    @APIResponse(responseCode = "429", description = "The account is locked after wrong passwords or codes", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<TokenPair>> signIn(@Valid @NotNull StaffSignIn request) {
        return signIn.signIn(request.username(), request.password(), request.code()).map(AuthResource::noStore);
    }

    @POST
    @Path("/enrolment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enrolStaffAuthenticator", summary = "Start enrolling an authenticator app",
            description = "For an account without a confirmed authenticator app (its first sign-in, or after an "
                    + "administrator reset it): checks the password and answers a new TOTP secret (RFC 6238: HMAC-SHA1, "
                    + "6 digits, 30 s) as text and as an otpauth:// URI for a QR code. Asking again replaces the secret. "
                    + "Wrong passwords count towards the lockout. Roles: none (staff accounts only).")
    @APIResponse(responseCode = "200", description = "The secret, shown this once", content = @Content(schema = @Schema(implementation = StaffEnrolment.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or disabled account")
    @APIResponse(responseCode = "409", description = "The account has an authenticator app already")
    @APIResponse(responseCode = "429", description = "The account is locked", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<StaffEnrolment>> startEnrolment(@Valid @NotNull StaffEnrolmentStart request) {
        return signIn.startEnrolment(request.username(), request.password()).map(AuthResource::noStore);
    }

    @POST
    @Path("/enrolment/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmStaffAuthenticator", summary = "Confirm the authenticator app and sign in",
            description = "The first code the app shows for the new secret confirms the enrolment; the answer carries "
                    + "the session's tokens and the recovery codes, shown this once. Roles: none (staff accounts only).")
    @APIResponse(responseCode = "200", description = "Enrolled and signed in", content = @Content(schema = @Schema(implementation = StaffEnrolled.class)))
    @APIResponse(responseCode = "401", description = "Wrong username, password or code")
    @APIResponse(responseCode = "409", description = "The account has an authenticator app already")
    @APIResponse(responseCode = "429", description = "The account is locked", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<StaffEnrolled>> confirmEnrolment(@Valid @NotNull StaffEnrolmentConfirm request) {
        return signIn.confirmEnrolment(request.username(), request.password(), request.code())
                .map(enrolled -> AuthResource.noStore(new StaffEnrolled(enrolled.recoveryCodes(), enrolled.tokens())));
    }

    @POST
    @Path("/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startConsoleSession", summary = "Sign in to the console",
            description = "As signInStaff (both factors), but the refresh token goes into an HttpOnly cookie limited to this path ("
                    + ConsoleCookies.REFRESH + ") and a CSRF token into a cookie the page reads (" + ConsoleCookies.CSRF
                    + "), to be sent back as the " + ConsoleCookies.CSRF_HEADER + " header. Roles: none.")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = ConsoleSession.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or disabled account")
    @APIResponse(responseCode = "429", description = "The account is locked after wrong passwords", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<ConsoleSession>> startSession(@Valid @NotNull StaffSignIn request) {
        return sessions.start(request.username(), request.password(), request.code()).map(ConsoleCookies::withCookies);
    }

    @POST
    @Path("/session/enrolment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmConsoleAuthenticator", summary = "Confirm the authenticator app and sign in to the console",
            description = "As confirmStaffAuthenticator, answered as startConsoleSession is (cookies), with the recovery "
                    + "codes in the answer this once. Roles: none (staff accounts only).")
    @APIResponse(responseCode = "200", description = "Enrolled and signed in", content = @Content(schema = @Schema(implementation = ConsoleSession.class)))
    @APIResponse(responseCode = "401", description = "Wrong username, password or code")
    @APIResponse(responseCode = "409", description = "The account has an authenticator app already")
    @APIResponse(responseCode = "429", description = "The account is locked", headers = @Header(name = "Retry-After"))
    public Uni<RestResponse<ConsoleSession>> enrolInSession(@Valid @NotNull StaffEnrolmentConfirm request) {
        return sessions.enrol(request.username(), request.password(), request.code()).map(ConsoleCookies::withCookies);
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
