package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** The account and session of the access token on a request; tokens this service did not issue are refused. */
final class CallerIds {

    private CallerIds() {
    }

    static UUID account(SecurityContext security) {
        return parse(token(security).getSubject()).orElseThrow(CallerIds::notOurs);
    }

    static Optional<UUID> session(SecurityContext security) {
        Object claim = token(security).getClaim(TokenService.SESSION_CLAIM);
        return claim == null ? Optional.empty() : parse(claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString());
    }

    private static JsonWebToken token(SecurityContext security) {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw notOurs();
    }

    private static Optional<UUID> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemException notOurs() {
        return new ProblemException(ProblemType.UNAUTHORIZED, Text.of("访问令牌指向的不是本服务的账号。",
                "The access token does not name an account of this service."));
    }
}
