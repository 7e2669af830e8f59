package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.identity.dto.SmsCodeSent;
import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Mobile-app sign-in with a six-digit code sent by SMS. Limits (per phone: one code a minute and ten a day; per
 * client IP: fifty an hour) are counters in PostgreSQL, so they hold across replicas. The code is stored only as a
 * salted SHA-256, expires after five minutes and is void after five wrong tries.
 */
@ApplicationScoped
public class SmsSignInService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final SmsCodeRepository codes;
    private final RateLimiter limiter;
    private final SmsSender sender;
    private final ParentAccounts parents;
    private final TokenService tokens;
    private final IdentityConfig.Sms config;
    private final Clock clock;

    public SmsSignInService(SmsCodeRepository codes, RateLimiter limiter, SmsSender sender, ParentAccounts parents,
                            TokenService tokens, IdentityConfig config, Clock clock) {
        this.codes = codes;
        this.limiter = limiter;
        this.sender = sender;
        this.parents = parents;
        this.tokens = tokens;
        this.config = config.sms();
        this.clock = clock;
    }

    /** A failure decided inside the transaction, thrown after it commits so that counts are kept. */
    private record Outcome<T>(T value, ProblemException failure) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> fail(ProblemException failure) {
            return new Outcome<>(null, failure);
        }

        Uni<T> toUni() {
            return failure != null ? Uni.createFrom().failure(failure) : Uni.createFrom().item(value);
        }
    }

    public Uni<SmsCodeSent> requestCode(String phone, String clientAddress) {
        requireValidPhone(phone);
        return Panache.withTransaction(() -> limit("sms:ip:" + clientAddress, config.hourlyLimitPerIp(), HOUR,
                        Text.of("你所在的网络请求验证码次数过多；请稍后再试。", "Too many codes requested from your network; try again later."))
                .chain(ipLimited -> ipLimited.isPresent() ? Uni.createFrom().item(ipLimited.get())
                        : limit("sms:phone:interval:" + parents.phoneIndex(phone), 1, config.resendInterval(),
                                Text.of("刚刚已向该手机发送过验证码；请稍候再申请。",
                                        "A code was sent to this phone moments ago; wait before asking for another."))
                        .chain(intervalLimited -> intervalLimited.isPresent() ? Uni.createFrom().item(intervalLimited.get())
                                : limit("sms:phone:day:" + parents.phoneIndex(phone), config.dailyLimit(), DAY,
                                        Text.of("该手机今天收到的验证码次数过多；请稍后再试。",
                                                "This phone has had too many codes today; try again later."))
                                .chain(dayLimited -> dayLimited.isPresent() ? Uni.createFrom().item(dayLimited.get())
                                        : send(phone)))))
                .chain(Outcome::toUni);
    }

    private Uni<Optional<Outcome<SmsCodeSent>>> limit(String key, int limit, Duration window, Text detail) {
        return limiter.hit(key, limit, window).map(retryAfter -> retryAfter.map(wait -> Outcome.fail(
                ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS, detail, wait))));
    }

    private Uni<Outcome<SmsCodeSent>> send(String phone) {
        Instant now = clock.instant();
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        SmsCode sms = new SmsCode();
        sms.id = UUID.randomUUID();
        sms.phoneIndex = parents.phoneIndex(phone);
        sms.codeHash = hash(sms.id, sms.phoneIndex, code);
        sms.createdAt = now;
        sms.expiresAt = now.plus(config.codeLifespan());
        return codes.persist(sms)
                .chain(() -> sender.send(phone, code, config.codeLifespan()))
                .replaceWith(Outcome.ok(new SmsCodeSent(PhoneNumbers.mask(phone), config.codeLifespan().toSeconds(),
                        config.resendInterval().toSeconds())));
    }

    public Uni<TokenPair> signIn(String phone, String code, String noticeVersion) {
        requireValidPhone(phone);
        return parents.requireCurrentNotice(noticeVersion).chain(() -> verifyThen(phone, code, () -> parents.byPhone(phone).chain(account -> {
            if (!account.enabled) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN,
                        Text.of("该账号已停用。", "This account is disabled.")));
            }
            account.updatedAt = clock.instant();
            account.lastActiveAt = account.updatedAt;
            account.inactivityNoticeAt = null;
            parents.accepted(account, noticeVersion);
            return tokens.issueNewFamily(account);
        })));
    }

    /**
     * Checks and spends the phone's code, then runs {@code next} in the same transaction. A wrong code is counted
     * even though the answer is a failure: the count commits before the 401 is thrown. A failure of {@code next}
     * undoes everything, the spent code included.
     */
    <T> Uni<T> verifyThen(String phone, String code, Supplier<Uni<T>> next) {
        requireValidPhone(phone);
        return Panache.withTransaction(() -> codes.lockNewest(parents.phoneIndex(phone)).<Outcome<T>>chain(sms -> {
            Instant now = clock.instant();
            if (sms == null || sms.consumedAt != null || !sms.expiresAt.isAfter(now)) {
                return failed(Text.of("该手机没有有效的验证码；请重新获取。", "There is no valid code for this phone; request a new one."));
            }
            if (sms.attempts >= config.maxAttempts()) {
                return failed(Text.of("验证码错误次数过多；请重新获取。", "Too many wrong codes; request a new one."));
            }
            if (!MessageDigest.isEqual(hash(sms.id, sms.phoneIndex, code).getBytes(), sms.codeHash.getBytes())) {
                sms.attempts++;
                int left = config.maxAttempts() - sms.attempts;
                return failed(left > 0 ? Text.of("验证码错误；还可以再试 " + left + " 次。", "Wrong code; " + left + " tries left.")
                        : Text.of("验证码错误；请重新获取。", "Wrong code; request a new one."));
            }
            sms.consumedAt = now;
            return next.get().map(value -> Outcome.ok(value));
        })).chain(Outcome::toUni);
    }

    Instant now() {
        return clock.instant();
    }

    private static <T> Uni<Outcome<T>> failed(Text detail) {
        return Uni.createFrom().item(Outcome.fail(new ProblemException(ProblemType.UNAUTHORIZED, detail)));
    }

    private static void requireValidPhone(String phone) {
        if (!PhoneNumbers.valid(phone)) {
            throw ProblemException.invalidParameter("phone", "必须是 11 位中国大陆手机号码",
                    "must be a mainland China mobile number of 11 digits");
        }
    }

    /** Salted with the code's id and the phone's blind index, so equal codes never share a hash. */
    static String hash(UUID id, String phoneIndex, String code) {
        return TokenService.sha256(id + ":" + phoneIndex + ":" + code);
    }

    Uni<Long> purgeExpired(Instant cutoff) {
        return codes.deleteExpiredBefore(cutoff);
    }
}
