package com.tuoyu.directory.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses every bearer JWT whose {@code token_type} is not {@code access}, whatever endpoint it is sent to: a token
 * minted for another purpose with the same key can never act as an access token. (Refresh tokens are opaque and
 * fail signature parsing before this.) Also refuses the tokens of deleted accounts ({@link EndedAccess}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    private final EndedAccess ended;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (!TokenService.ACCESS.equals(tokenType(token))) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Not an access token"));
            }
            if (ended.refuses(token.getSubject())) {
                return Uni.createFrom().failure(new AuthenticationFailedException("The account was deleted"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static String tokenType(JsonWebToken token) {
        Object claim = token.getClaim(TokenService.TOKEN_TYPE_CLAIM);
        return claim instanceof JsonString string ? string.getString() : claim == null ? null : claim.toString();
    }
}
