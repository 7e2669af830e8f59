package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import com.tuoyu.directory.identity.dto.Me;
import com.tuoyu.directory.identity.dto.RefreshRequest;
import com.tuoyu.directory.identity.dto.SmsCodeRequest;
import com.tuoyu.directory.identity.dto.SmsCodeSent;
import com.tuoyu.directory.identity.dto.SmsSignIn;
import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.identity.dto.WeChatSignIn;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.UUID;

/** Parents' sign-in (WeChat mini-program, SMS), and refresh and sign-out for every client. */
@CompletesWhenClientLeaves
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in and sessions")
@RequiredArgsConstructor
public class AuthResource {

    private final TokenService tokens;
    private final WeChatSignInService wechat;
    private final SmsSignInService sms;
    private final ParentLinks links;

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "The signed-in account",
            description = "Roles and divisions as stored now (the token may be up to one lifetime older); a parent's phone "
                    + "masked. Roles: any signed-in account.")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = Me.class)))
    public Uni<Me> me(@Context SecurityContext security) {
        return links.me(CallerIds.account(security));
    }

    @POST
    @Path("/link/phone")
    @RolesAllowed("PARENT")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkPhone", summary = "Link a phone number to the signed-in parent",
            description = "Proves the phone with a code from POST /api/v1/auth/sms/codes; afterwards SMS sign-in reaches this "
                    + "same account. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No valid access token, or a wrong, expired or used code")
    @APIResponse(responseCode = "409", description = "The phone belongs to another account")
    public Uni<Me> linkPhone(@Valid @NotNull SmsSignIn request, @Context SecurityContext security) {
        return links.linkPhone(CallerIds.account(security), request.phone(), request.code());
    }

    @POST
    @Path("/link/wechat")
    @RolesAllowed("PARENT")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkWeChat", summary = "Link WeChat to the signed-in parent",
            description = "Proves the WeChat user with a wx.login() code; afterwards mini-program sign-in reaches this same "
                    + "account. Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No valid access token, or WeChat refused the code")
    @APIResponse(responseCode = "403", description = "Not a parent, or a high-risk WeChat user")
    @APIResponse(responseCode = "409", description = "The WeChat user has another account")
    @APIResponse(responseCode = "429", description = "WeChat's rate limit", headers = @Header(name = "Retry-After"))
    @APIResponse(responseCode = "503", description = "WeChat unavailable", headers = @Header(name = "Retry-After"))
    public Uni<Me> linkWeChat(@Valid @NotNull WeChatSignIn request, @Context SecurityContext security) {
        return links.linkWeChat(CallerIds.account(security), request.code());
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for a new token pair",
            description = "The refresh token is single-use: the answer carries its successor. Presenting a token that was "
                    + "already exchanged signs the whole session out (it was copied). Roles: none (the refresh token is the credential).")
    @APIResponse(responseCode = "200", description = "A new access token and refresh token",
            content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token, or disabled account")
    @ShedsLoad(EndpointFamily.SIGN_IN)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<TokenPair>> refresh(@Valid @NotNull RefreshRequest request) {
        return tokens.refresh(request.refreshToken()).map(AuthResource::noStore);
    }

    @POST
    @Path("/sign-out")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(204)
    @Operation(operationId = "signOut", summary = "Sign out this session",
            description = "Revokes the refresh tokens of the session the access token belongs to; the access token itself "
                    + "expires within its lifetime (15 minutes by default). Roles: any signed-in account.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Uni<Void> signOut(@Context SecurityContext security) {
        UUID account = CallerIds.account(security);
        return CallerIds.session(security).map(session -> tokens.signOut(account, session))
                .orElseGet(() -> tokens.signOutEverywhere(account));
    }

    @POST
    @Path("/sign-out-everywhere")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(204)
    @Operation(operationId = "signOutEverywhere", summary = "Sign out every session of this account",
            description = "Revokes all refresh tokens of the account, on every device. Roles: any signed-in account.")
    @APIResponse(responseCode = "204", description = "Signed out everywhere")
    public Uni<Void> signOutEverywhere(@Context SecurityContext security) {
        return tokens.signOutEverywhere(CallerIds.account(security));
    }

    @POST
    @Path("/wechat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signInWithWeChat", summary = "Sign in from the WeChat mini-program",
            description = "Send the code from wx.login(); the service asks WeChat (code2Session) whose it is and signs in, "
                    + "or first creates, that parent's account. noticeVersion must be the current privacy notice's version "
                    + "(GET /api/v1/privacy/notice), which the account records as accepted. Roles: none.")
    @APIResponse(responseCode = "428", description = "noticeVersion is missing or not the current version: show the notice, "
            + "then sign in again with its version (nothing was changed; the login code is not spent)")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "WeChat refused the code (invalid, expired or used; errcode 40029)")
    @APIResponse(responseCode = "403", description = "WeChat flags the user as high-risk (errcode 40226), or the account is disabled")
    @APIResponse(responseCode = "429", description = "WeChat's rate limit (errcode 45011)", headers = @Header(name = "Retry-After"))
    @APIResponse(responseCode = "503", description = "WeChat unreachable, slow or failing", headers = @Header(name = "Retry-After"))
    @ShedsLoad(EndpointFamily.SIGN_IN)
    public Uni<RestResponse<TokenPair>> wechat(@Valid @NotNull WeChatSignIn request) {
        return wechat.signIn(request.code(), request.noticeVersion()).map(AuthResource::noStore);
    }

    @POST
    @Path("/sms/codes")
    @ResponseStatus(202)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendSmsCode", summary = "Send a sign-in code by SMS",
            description = "Sends a six-digit code, valid 5 minutes, to a mainland China mobile number. At most one code a "
                    + "minute and ten a day per phone, and a limited number per client address. Roles: none.")
    @APIResponse(responseCode = "202", description = "The code is on its way", content = @Content(schema = @Schema(implementation = SmsCodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes; wait for Retry-After seconds", headers = @Header(name = "Retry-After"))
    @APIResponse(responseCode = "503", description = "The SMS service is unavailable", headers = @Header(name = "Retry-After"))
    @ShedsLoad(EndpointFamily.SIGN_IN)
    public Uni<SmsCodeSent> smsCode(@Valid @NotNull SmsCodeRequest request, @Context HttpServerRequest http) {
        return sms.requestCode(request.phone(), http.remoteAddress().hostAddress());
    }

    @POST
    @Path("/sms/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signInWithSmsCode", summary = "Sign in with the SMS code",
            description = "Signs in, or first creates, the parent's account of this phone. Five wrong codes void the code. "
                    + "noticeVersion must be the current privacy notice's version (GET /api/v1/privacy/notice), which the "
                    + "account records as accepted. Roles: none.")
    @APIResponse(responseCode = "428", description = "noticeVersion is missing or not the current version: show the notice, "
            + "then sign in again with its version (the code is not spent)")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Wrong, expired, used or exhausted code")
    @APIResponse(responseCode = "403", description = "The account is disabled")
    @ShedsLoad(EndpointFamily.SIGN_IN)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<TokenPair>> smsSignIn(@Valid @NotNull SmsSignIn request) {
        return sms.signIn(request.phone(), request.code(), request.noticeVersion()).map(AuthResource::noStore);
    }

    /** Token responses must not be cached (RFC 6749 §5.1). */
    static <T> RestResponse<T> noStore(T pair) {
        return RestResponse.ResponseBuilder.ok(pair).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
