package com.tuoyu.directory.identity.dto;

import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What the console holds after signing in or refreshing: an access token kept in the page's memory only, and who is
 * signed in. The refresh token never appears here; it travels in an HttpOnly cookie.
 */
@Schema(name = "ConsoleSession")
public record ConsoleSession(
        @Schema(required = true, description = "RS256 JWT to send as 'Authorization: Bearer <token>'") String accessToken,
        @Schema(required = true, description = "Seconds until the access token expires", example = "900") long expiresIn,
        @Schema(required = true) Account account,
        @Schema(required = true, description = "Seconds without use after which the console signs out", example = "900")
        long idleTimeoutSeconds,
        @Schema(nullable = true, description = "Only right after enrolling an authenticator app: the recovery codes, "
                + "shown this once") List<String> recoveryCodes) {

    @Schema(name = "ConsoleAccount")
    public record Account(
            @Schema(required = true) String id,
            @Schema(required = true, example = "zhang.wei") String username,
            @Schema(nullable = true, example = "张伟") String displayName,
            @Schema(required = true) List<PublicTerm> roles,
            @Schema(required = true) List<DivisionLabel> divisions) {
    }
}
