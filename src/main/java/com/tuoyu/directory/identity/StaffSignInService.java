package com.tuoyu.directory.identity;

import com.tuoyu.directory.identity.dto.StaffEnrolment;
import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.Text;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Admin console sign-in: username and password, then a second factor (a TOTP code from an authenticator app, or a
 * recovery code). An account without a confirmed authenticator enrols one first: {@link #startEnrolment} shows the
 * secret, {@link #confirmEnrolment} takes its first code, answers the recovery codes once and signs in. No staff
 * account signs in without the second factor.
 *
 * <p>After {@code threshold} wrong passwords or codes in a row the account is locked, first for
 * {@code initial-duration}, each further lock twice as long up to {@code max-duration}; a complete sign-in resets
 * both counts. Unknown usernames, wrong passwords and disabled accounts get the same 401.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StaffSignInService {

    private static final Logger LOG = Logger.getLogger(StaffSignInService.class);
    private static final Text REJECTED = Text.of("用户名或密码错误，或账号已停用。",
            "Wrong username or password, or the account is disabled.");
    private static final Text WRONG_CODE = Text.of("动态验证码或恢复码错误，或已使用过。",
            "Wrong or already used authenticator code or recovery code.");

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final SecondFactors secondFactors;
    private final IdentityConfig config;
    private final Clock clock;

    /** A completed enrolment: the session's tokens and the recovery codes, shown this once. */
    public record Enrolled(TokenPair tokens, List<String> recoveryCodes) {
    }

    /** The outcome of one attempt; a failure is answered only after the transaction has kept the counts. */
    private record Attempt<T>(T value, ProblemException failure) {
        static <T> Attempt<T> failed(ProblemException failure) {
            return new Attempt<>(null, failure);
        }

        Uni<T> toUni() {
            return failure != null ? Uni.createFrom().failure(failure) : Uni.createFrom().item(value);
        }
    }

    public Uni<TokenPair> signIn(String username, String password, String code) {
        return withPassword(username, password, (account, now) -> secondFactors.check(account, code).chain(check -> switch (check) {
            case ACCEPTED -> complete(account).map(pair -> new Attempt<>(pair, null));
            case MISSING -> Uni.createFrom().item(Attempt.failed(new ProblemException(ProblemType.SECOND_FACTOR_REQUIRED,
                    Text.of("请输入身份验证器应用显示的 6 位动态验证码，或一个恢复码。",
                            "Enter the 6-digit code your authenticator app shows, or a recovery code."))));
            case NOT_ENROLLED -> Uni.createFrom().item(Attempt.failed(enrolmentRequired()));
            case WRONG -> Uni.createFrom().item(Attempt.failed(wrongCode(account, now)));
        }));
    }

    /** Shows a new authenticator secret to an account that has none confirmed (409 when it has). */
    public Uni<StaffEnrolment> startEnrolment(String username, String password) {
        return withPassword(username, password, (account, now) -> secondFactors.start(account).map(secret -> secret == null
                ? Attempt.<StaffEnrolment>failed(ProblemException.conflict("这个账号已绑定身份验证器；如手机丢失，请管理员重置。",
                "This account has an authenticator app already; if the phone is lost, ask an administrator to reset it."))
                : new Attempt<StaffEnrolment>(new StaffEnrolment(secret, Totp.uri(config.secondFactor().issuer(), account.username, secret),
                config.secondFactor().issuer(), account.username, Totp.DIGITS, (int) Totp.STEP_SECONDS), null)));
    }

    /** Confirms the enrolment with the app's first code: answers the recovery codes and signs in. */
    public Uni<Enrolled> confirmEnrolment(String username, String password, String code) {
        return withPassword(username, password, (account, now) -> secondFactors.confirm(account, code).chain(codes -> {
            if (codes == null) {
                return secondFactors.enrolled(account.id).map(enrolled -> Attempt.<Enrolled>failed(enrolled
                        ? ProblemException.conflict("这个账号已绑定身份验证器；请直接登录。",
                        "This account has an authenticator app already; sign in with its code.")
                        : wrongCode(account, now)));
            }
            LOG.infof("Staff account %s enrolled an authenticator app", account.id);
            return complete(account).map(pair -> new Attempt<>(new Enrolled(pair, codes), null));
        }));
    }

    /**
     * Checks the password under the account's lock and lockout, then lets {@code next} decide; the transaction keeps
     * every count before the answer (success or failure) goes out.
     */
    private <T> Uni<T> withPassword(String username, String password, BiFunction<Account, Instant, Uni<Attempt<T>>> next) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        return Panache.withTransaction(() -> accounts.lockStaff(name).chain(account -> {
            Instant now = clock.instant();
            if (account != null && account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
                return Uni.createFrom().item(Attempt.<T>failed(locked(Duration.between(now, account.lockedUntil))));
            }
            return hasher.verify(password, account == null ? null : account.passwordHash).chain(matches -> {
                if (account == null) {
                    return Uni.createFrom().item(Attempt.<T>failed(new ProblemException(ProblemType.UNAUTHORIZED, REJECTED)));
                }
                if (!matches) {
                    Duration lock = recordFailure(account, now);
                    return Uni.createFrom().item(Attempt.<T>failed(lock != null ? locked(lock)
                            : new ProblemException(ProblemType.UNAUTHORIZED, REJECTED)));
                }
                if (!account.enabled) {
                    return Uni.createFrom().item(Attempt.<T>failed(new ProblemException(ProblemType.UNAUTHORIZED, REJECTED)));
                }
                return next.apply(account, now);
            });
        })).chain(Attempt::toUni);
    }

    /** Both factors passed: the counts start again and a new session family begins. */
    private Uni<TokenPair> complete(Account account) {
        account.failedSignIns = 0;
        account.lockouts = 0;
        account.lockedUntil = null;
        return tokens.issueNewFamily(account);
    }

    private ProblemException wrongCode(Account account, Instant now) {
        Duration lock = recordFailure(account, now);
        return lock != null ? locked(lock) : new ProblemException(ProblemType.UNAUTHORIZED, WRONG_CODE);
    }

    private static ProblemException enrolmentRequired() {
        return new ProblemException(ProblemType.SECOND_FACTOR_ENROLMENT_REQUIRED, Text.of(
                "每个工作人员账号都须绑定身份验证器应用：请先绑定（POST /api/v1/admin/auth/enrolment），再用其验证码登录。",
                "Every staff account signs in with an authenticator app: enrol one first (POST /api/v1/admin/auth/enrolment), "
                        + "then sign in with its code."));
    }

    private static ProblemException locked(Duration lockedFor) {
        long seconds = Math.max(1, lockedFor.toSeconds());
        return ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS,
                Text.of("密码或验证码错误次数过多：账号还将锁定 " + seconds + " 秒。",
                        "Too many wrong passwords or codes: the account is locked for " + seconds + " more seconds."), lockedFor);
    }

    /** Counts a wrong password or code; answers the lock's length when this failure locks the account, else null. */
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
        LOG.warnf("Account %s locked for %d s after %d wrong passwords or codes (lock #%d)", account.id, lock.toSeconds(),
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
