package com.tuoyu.directory.platform.overload;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.Text;
import io.github.bucket4j.Bucket;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How fast one client address may call the public figures (statistics, indicators, rankings): a token bucket per
 * address (Bucket4j), sized by {@link OverloadConfig.PerClient}. Within the rate a request goes on at once; a little
 * over it, it waits for its turn on a timer (no thread, connection or permit held), so a scraper's closed loop slows to
 * the rate instead of spinning on refusals; one that would wait longer than the max delay is refused with 429 and
 * Retry-After. The bulkhead bounds the computations; this bounds what a few anonymous callers in a loop take from the
 * machine even when every answer is cached (16 of them took 11,000 answers a second and doubled the nursery pages'
 * p99). The address is the peer's, or X-Forwarded-For's where the service sits behind the proxy (compose.yaml).
 */
@ApplicationScoped
public class ClientRateLimits {

    private final OverloadConfig.PerClient limits;
    private final Cache<String, Bucket> buckets;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "client-rate-limits");
        thread.setDaemon(true);
        return thread;
    });

    public ClientRateLimits(OverloadConfig config) {
        this.limits = config.statistics().perClient();
        // An address idle long enough to have refilled its bucket starts afresh; the bound (a few MB) keeps a spray
        // of addresses from growing the map: a forgotten address only gets a full bucket again.
        long refillSeconds = Math.max(1, (limits.burst() + limits.rate() - 1) / limits.rate());
        this.buckets = Caffeine.newBuilder().maximumSize(20_000)
                .expireAfterAccess(Duration.ofSeconds(refillSeconds + 1)).build();
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    /** Completes when the address may go on (at once, or after its turn); fails with a 429 problem otherwise. */
    public Uni<Void> admitStatistics(String address) {
        Bucket bucket = buckets.get(address == null ? "" : address, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.burst()).refillGreedy(limits.rate(), Duration.ofSeconds(1)))
                .build());
        if (bucket.tryConsume(1)) {
            return Uni.createFrom().voidItem();
        }
        CompletableFuture<Boolean> turn = bucket.asScheduler().tryConsume(1, limits.maxDelay(), timer);
        Context caller = Vertx.currentContext();
        Uni<Boolean> admitted = Uni.createFrom().completionStage(turn);
        if (!turn.isDone() && caller != null) {
            // The timer's thread completes the turn: the request goes on on its own Vert.x context.
            admitted = admitted.emitOn(command -> caller.runOnContext(ignored -> command.run()));
        }
        return admitted.chain(granted -> granted ? Uni.createFrom().voidItem() : Uni.createFrom().failure(refused(bucket)));
    }

    private ProblemException refused(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
        return ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS, Text.of(
                "你查询统计数据过于频繁（每秒最多 " + limits.rate() + " 次）。请 " + seconds + " 秒后再试。",
                "You are asking for statistics too often (at most " + limits.rate() + " a second). Please try again in "
                        + seconds + " second" + (seconds == 1 ? "" : "s") + "."), Duration.ofSeconds(seconds));
    }
}
