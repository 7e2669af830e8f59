package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues access tokens (RS256 JWTs, never stored) and rotating refresh tokens (random, stored as SHA-256 in
 * families). Presenting a refresh token that was already rotated revokes its whole family.
 */
@ApplicationScoped
public class TokenService {

    public static final String TOKEN_TYPE_CLAIM = "token_type";
    public static final String ACCESS = "access";
    /** The refresh-token family (one per sign-in) an access token belongs to; sign-out revokes it. */
    public static final String SESSION_CLAIM = "sid";

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Text INVALID_REFRESH = Text.of("刷新令牌无效：未知、已过期、已退出或已被使用。请重新登录。",
            "The refresh token is not valid: it is unknown, expired, signed out, "
            + "or was already used. Sign in again.");

    private final RefreshTokenRepository tokens;
    private final AccountRepository accounts;
    private final IdentityConfig config;
    private final Clock clock;
    private final Optional<String> signingKeyLocation;
    private final String issuer;
    private final String audience;
    private volatile PrivateKey signingKey;

    public TokenService(RefreshTokenRepository tokens, AccountRepository accounts, IdentityConfig config, Clock clock,
                        @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKeyLocation,
                        @ConfigProperty(name = "smallrye.jwt.new-token.issuer") String issuer,
                        @ConfigProperty(name = "smallrye.jwt.new-token.audience") String audience) {
        this.issuer = issuer;
        this.audience = audience;
        this.tokens = tokens;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
        this.signingKeyLocation = signingKeyLocation;
    }

    /** Reads the signing key once, at start, rather than on an event-loop thread for every token. */
    void loadKey(@Observes StartupEvent event) throws Exception {
        if (signingKeyLocation.isPresent()) {
            signingKey = readPrivateKey(signingKeyLocation.get());
        } else {
            LOG.warn("No signing key (smallrye.jwt.sign.key.location): sign-in is unavailable");
        }
    }

    /**
     * A file: URI or a file-system path (as deployments mount secrets) is read from disk; anything else is a
     * classpath resource, as the test profile's key is.
     */
    static java.security.PrivateKey readPrivateKey(String location) throws Exception {
        java.nio.file.Path file = location.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(location))
                : java.nio.file.Path.of(location);
        if (java.nio.file.Files.isRegularFile(file)) {
            return KeyUtils.decodePrivateKey(java.nio.file.Files.readString(file));
        }
        return KeyUtils.readPrivateKey(location);
    }

    /** Starts a new family for a successful sign-in; must run inside the caller's transaction. */
    Uni<TokenPair> issueNewFamily(Account account) {
        return issue(account, UUID.randomUUID());
    }

    private Uni<TokenPair> issue(Account account, UUID familyId) {
        if (signingKey == null) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_CONFIGURED, Text.of(
                    "本服务尚未配置登录：没有令牌签名密钥。", "Sign-in is not configured on this service: it has no token signing key.")));
        }
        Instant now = clock.instant();
        String raw = randomToken();
        RefreshToken refresh = new RefreshToken();
        refresh.id = UUID.randomUUID();
        refresh.accountId = account.id;
        refresh.familyId = familyId;
        refresh.tokenHash = sha256(raw);
        refresh.issuedAt = now;
        refresh.expiresAt = now.plus(config.refreshTokenLifespan());
        List<String> roles = account.roles.stream().map(Enum::name).sorted().toList();
        // A nursery's staff act for their nursery, not for a district: their token carries no division at all.
        List<String> divisions = account.nurseryId != null ? List.of() : List.copyOf(account.divisions);
        long lifespan = config.accessTokenLifespan().toSeconds();
        var claims = Jwt.claims();
        if (account.nurseryId != null) {
            claims.claim(Caller.NURSERY_CLAIM, account.nurseryId.toString());
        }
        String access = claims
                .issuer(issuer)
                .audience(audience)
                .subject(account.id.toString())
                .groups(new java.util.HashSet<>(roles))
                .claim(DistrictScope.CLAIM, divisions)
                .claim(TOKEN_TYPE_CLAIM, ACCESS)
                .claim(SESSION_CLAIM, familyId.toString())
                .issuedAt(now.getEpochSecond())
                .expiresAt(now.getEpochSecond() + lifespan)
                .sign(signingKey);
        return tokens.persist(refresh).replaceWith(new TokenPair(access, "Bearer", lifespan, raw,
                config.refreshTokenLifespan().toSeconds(), account.id.toString(), roles, divisions));
    }

    /**
     * Exchanges a refresh token for a new pair of the same family. Reuse of a rotated token revokes the family;
     * a disabled account's tokens are revoked too. Every failure is the same 401.
     */
    public Uni<TokenPair> refresh(String raw) {
        return refresh(raw, null);
    }

    /**
     * As {@link #refresh(String)}, and a token issued longer than {@code maxIdle} ago ends its session: nobody used
     * it since (the console's inactivity timeout, enforced here too); null for no such limit.
     */
    public Uni<TokenPair> refresh(String raw, java.time.Duration maxIdle) {
        String hash = sha256(raw);
        return Panache.withTransaction(() -> tokens.lockByHash(hash).chain(token -> {
            Instant now = clock.instant();
            if (token == null || token.revokedAt != null) {
                return Uni.createFrom().<TokenPair>nullItem();
            }
            if (token.rotatedAt != null) {
                LOG.warnf("Refresh token reused: revoking session %s of account %s", token.familyId, token.accountId);
                return tokens.revokeFamily(token.familyId, token.accountId, now).replaceWith((TokenPair) null);
            }
            if (!token.expiresAt.isAfter(now)) {
                return Uni.createFrom().<TokenPair>nullItem();
            }
            if (maxIdle != null && token.issuedAt.plus(maxIdle).isBefore(now)) {
                return tokens.revokeFamily(token.familyId, token.accountId, now).replaceWith((TokenPair) null);
            }
            return accounts.findById(token.accountId).chain(account -> {
                if (account == null || !account.enabled) {
                    return tokens.revokeFamily(token.familyId, token.accountId, now).replaceWith((TokenPair) null);
                }
                token.rotatedAt = now;
                if (account.kind == AccountKind.PARENT && (account.lastActiveAt == null
                        || account.lastActiveAt.isBefore(now.minus(java.time.Duration.ofDays(1))))) {
                    // a parent kept signed in by the app is active (retention); at most one write a day
                    account.lastActiveAt = now;
                    account.inactivityNoticeAt = null;
                }
                return issue(account, token.familyId);
            });
        })).onItem().ifNull().failWith(() -> new ProblemException(ProblemType.UNAUTHORIZED, INVALID_REFRESH));
    }

    /** Signs out one session: its refresh tokens stop working. Access tokens already issued expire on their own. */
    public Uni<Void> signOut(UUID accountId, UUID familyId) {
        return Panache.withTransaction(() -> tokens.revokeFamily(familyId, accountId, clock.instant())).replaceWithVoid();
    }

    /** Signs out the session a refresh token belongs to (the console's sign-out, which holds only that cookie). */
    public Uni<Void> signOutByRefreshToken(String raw) {
        return Panache.withTransaction(() -> tokens.revokeFamilyOf(sha256(raw), clock.instant())).replaceWithVoid();
    }

    /** Signs out every session of the account. */
    public Uni<Void> signOutEverywhere(UUID accountId) {
        return Panache.withTransaction(() -> revokeAll(accountId));
    }

    /** Revokes every refresh token of the account, in the caller's transaction. */
    Uni<Void> revokeAll(UUID accountId) {
        return tokens.revokeAccount(accountId, clock.instant()).replaceWithVoid();
    }

    Uni<Long> purgeExpired(Instant cutoff) {
        return tokens.deleteExpiredBefore(cutoff);
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
