package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.identity.dto.ConsoleSession;
import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.UUID;

/**
 * The console's session: the staff sign-in and refresh the mobile clients use, answered so that the refresh token
 * can go into a cookie page scripts cannot read, with who is signed in for the console's header.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ConsoleSessions {

    /** A session as issued: what the page gets, and the refresh token for the cookie. */
    public record Issued(ConsoleSession session, String refreshToken) {
    }

    static final Text EXPIRED = Text.of("登录已过期或已退出，请重新登录。",
            "The session has expired or was signed out; sign in again.");

    private final StaffSignInService signIn;
    private final TokenService tokens;
    private final AccountRepository accounts;
    private final DivisionLabels divisions;
    private final IdentityConfig config;

    public Uni<Issued> start(String username, String password, String code) {
        return signIn.signIn(username, password, code).chain(pair -> issued(pair, null));
    }

    /** Confirms an authenticator enrolment and signs in; the answer carries the recovery codes this once. */
    public Uni<Issued> enrol(String username, String password, String code) {
        return signIn.confirmEnrolment(username, password, code)
                .chain(enrolled -> issued(enrolled.tokens(), enrolled.recoveryCodes()));
    }

    /** A missing cookie is the same 401 as an expired session: the console goes back to its sign-in page. */
    public Uni<Issued> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNAUTHORIZED, EXPIRED));
        }
        // The console refreshes when its access token has run out and someone acts: a refresh token older than one
        // access token's life plus the idle timeout means nobody used the console meanwhile.
        return tokens.refresh(refreshToken, config.accessTokenLifespan().plus(config.consoleIdleTimeout()))
                .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 401)
                .transform(e -> new ProblemException(ProblemType.UNAUTHORIZED, EXPIRED))
                .chain(pair -> issued(pair, null));
    }

    public Uni<Void> end(String refreshToken) {
        return refreshToken == null || refreshToken.isBlank() ? Uni.createFrom().voidItem()
                : tokens.signOutByRefreshToken(refreshToken);
    }

    @WithSession
    Uni<Issued> issued(TokenPair pair, java.util.List<String> recoveryCodes) {
        return accounts.findById(UUID.fromString(pair.accountId()))
                .chain(account -> divisions.of(pair.divisions()).map(labels -> new Issued(new ConsoleSession(
                        pair.accessToken(), pair.expiresIn(), new ConsoleSession.Account(pair.accountId(),
                                account.username, account.displayName,
                                pair.roles().stream().map(r -> Role.valueOf(r).term()).toList(),
                                pair.divisions().stream().map(labels::get).toList()),
                        config.consoleIdleTimeout().toSeconds(), recoveryCodes), pair.refreshToken())));
    }
}
