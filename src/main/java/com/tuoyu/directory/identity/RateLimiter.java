package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fixed-window counters in PostgreSQL, so that a limit holds across every replica of the service: a window opens
 * with its first hit and lasts {@code window}; within it at most {@code limit} hits pass. One atomic upsert per hit.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RateLimiter {

    private static final String HIT = "insert into rate_limit as r (key, window_start, hits) values (:key, :now, 1) "
            + "on conflict (key) do update set "
            + "window_start = case when r.window_start <= :cutoff then :now else r.window_start end, "
            + "hits = case when r.window_start <= :cutoff then 1 else r.hits + 1 end "
            + "returning r.hits::bigint, (extract(epoch from r.window_start) * 1000)::bigint";

    private final Clock clock;

    /** Counts a hit; answers how long until the window ends when this hit is over the limit, else empty. */
    public Uni<Optional<Duration>> hit(String key, int limit, Duration window) {
        Instant now = clock.instant();
        return Panache.getSession().chain(session -> session.createNativeQuery(HIT, Object[].class)
                        .setParameter("key", key)
                        .setParameter("now", now)
                        .setParameter("cutoff", now.minus(window))
                        .getSingleResult())
                .map(row -> {
                    long hits = ((Number) row[0]).longValue();
                    Instant windowEnd = Instant.ofEpochMilli(((Number) row[1]).longValue()).plus(window);
                    return hits <= limit ? Optional.empty() : Optional.of(Duration.between(now, windowEnd));
                });
    }

    /** Forgets counters whose windows ended before the cutoff. */
    public Uni<Integer> purge(Instant cutoff) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from rate_limit where window_start < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }
}
