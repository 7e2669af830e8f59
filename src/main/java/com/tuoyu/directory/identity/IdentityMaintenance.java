package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Deletes expired refresh tokens and SMS codes and ended rate-limit windows. */
@ApplicationScoped
@RequiredArgsConstructor
public class IdentityMaintenance {

    /** Kept a day past expiry, so a late reuse of a rotated token is still recognised as reuse. */
    private static final Duration GRACE = Duration.ofDays(1);

    private final TokenService tokens;
    private final SmsSignInService sms;
    private final RateLimiter limiter;
    private final Clock clock;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        Instant cutoff = clock.instant().minus(GRACE);
        return Panache.withTransaction(() -> tokens.purgeExpired(cutoff)
                .chain(() -> sms.purgeExpired(cutoff))
                .chain(() -> limiter.purge(cutoff.minus(Duration.ofDays(1))))
                .replaceWithVoid());
    }
}
