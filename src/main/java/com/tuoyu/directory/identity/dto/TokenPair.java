package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What every sign-in and refresh answers: a short-lived access token and a one-time refresh token. */
@Schema(name = "TokenPair")
public record TokenPair(
        @Schema(description = "RS256 JWT to send as 'Authorization: Bearer <token>'")
        String accessToken,
        @Schema(example = "Bearer")
        String tokenType,
        @Schema(description = "Seconds until the access token expires", example = "900")
        long expiresIn,
        @Schema(description = "Opaque one-time token for POST /api/v1/auth/refresh; each refresh returns a new one. "
                + "Keep it secret: presenting it a second time signs the whole session out.")
        String refreshToken,
        @Schema(description = "Seconds until the refresh token expires", example = "2592000")
        long refreshExpiresIn,
        @Schema(description = "The account's id, also the token's 'sub'")
        String accountId,
        @Schema(description = "The account's roles, also the token's 'groups'", example = "[\"HANDLER\"]")
        List<String> roles,
        @Schema(description = "GB/T 2260 codes the account acts for, also the token's 'scope_divisions'", example = "[\"360102\"]")
        List<String> divisions) {
}
