package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Admin console sign-in with username and password. After {@code threshold} wrong passwords in a row the account
 * is locked, first for {@code initial-duration}, each further lock twice as long up to {@code max-duration}; a
 * successful sign-in resets both counts. Unknown usernames, wrong passwords and disabled accounts get the same 401.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StaffSignInService {

    private static final Logger LOG = Logger.getLogger(StaffSignInService.class);
    private static final Text REJECTED = Text.of("用户名或密码错误，或账号已停用。",
            "Wrong username or password, or the account is disabled.");

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final IdentityConfig config;
    private final Clock clock;

    /** The outcome of one attempt; a failure is answered only after the transaction has kept the counts. */
    private record Attempt(TokenPair tokens, Duration lockedFor) {
        Uni<TokenPair> toUni() {
            if (tokens != null) {
                return Uni.createFrom().item(tokens);
            }
            if (lockedFor != null) {
                return Uni.createFrom().failure(ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS,
                        Text.of("密码错误次数过多：账号还将锁定 " + Math.max(1, lockedFor.toSeconds()) + " 秒。",
                                "Too many wrong passwords: the account is locked for " + Math.max(1, lockedFor.toSeconds())
                                + " more seconds."), lockedFor));
            }
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNAUTHORIZED, REJECTED));
        }
    }

    public Uni<TokenPair> signIn(String username, String password) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        return Panache.withTransaction(() -> accounts.lockStaff(name).chain(account -> {
            Instant now = clock.instant();
            if (account != null && account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
                return Uni.createFrom().item(new Attempt(null, Duration.between(now, account.lockedUntil)));
            }
            return hasher.verify(password, account == null ? null : account.passwordHash).chain(matches -> {
                if (account == null) {
                    return Uni.createFrom().item(new Attempt(null, null));
                }
                if (!matches) {
                    return Uni.createFrom().item(new Attempt(null, recordFailure(account, now)));
                }
                account.failedSignIns = 0;
                account.lockouts = 0;
                account.lockedUntil = null;
                if (!account.enabled) {
                    return Uni.createFrom().item(new Attempt(null, null));
                }
                return tokens.issueNewFamily(account).map(pair -> new Attempt(pair, null));
            });
        })).chain(Attempt::toUni);
    }

    /** Counts a wrong password; answers the lock's length when this failure locks the account, else null. */
    private Duration recordFailure(Account account, Instant now) {
        account.failedSignIns++;
        account.updatedAt = now;
        if (account.failedSignIns < config.lockout().threshold()) {
            return null;
        }
        Duration lock = lockDuration(account.lockouts, config.lockout().initialDuration(), config.lockout().maxDuration());
        account.lockouts++;
        account.failedSignIns = 0;
        account.lockedUntil = now.plus(lock);
        LOG.warnf("Account %s locked for %d s after %d wrong passwords (lock #%d)", account.id, lock.toSeconds(),
                config.lockout().threshold(), account.lockouts);
        return lock;
    }

    /** initial × 2^previousLocks, capped at max. */
    static Duration lockDuration(int previousLocks, Duration initial, Duration max) {
        Duration lock = initial;
        for (int i = 0; i < previousLocks && lock.compareTo(max) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(max) > 0 ? max : lock;
    }
}
