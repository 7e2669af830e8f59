package com.tuoyu.directory.platform.overload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Load shedding (README "Overload and client hang-ups"): how many requests of each endpoint family run at once and
 * how many may wait for them, beyond which the service answers 503 with Retry-After at once instead of queueing
 * without bound; and how long a request waits for a database connection. The defaults suit a 2-core machine with a
 * pool of 20 connections. Every limit is at least 1 (checked at start; Fault Tolerance's bulkhead needs a queue).
 */
@ConfigMapping(prefix = "nursery.overload")
public interface OverloadConfig {

    /** GET /api/v1/nurseries/{id}: about ten queries per disclosure. */
    Detail detail();

    /** Complaint submission: a transactional write with an idempotency reservation and photo storage. */
    Complaints complaints();

    /** The other public lists read from PostgreSQL: filing notices and published inspection draws. */
    PublicLists publicLists();

    /** Parents' sign-in and token refresh: account lookups and writes. */
    SignIn signIn();

    /**
     * Computing public statistics and demonstration-city indicators (a division's or a whole province's nurseries):
     * answers already cached are served whatever the load, so anonymous callers asking for many divisions or years
     * can keep at most this many computations running and never starve the other endpoints.
     */
    Statistics statistics();

    /** Sent as Retry-After with a 503 from a full bulkhead or a database pool that had no connection in time. */
    @WithDefault("PT2S")
    Duration retryAfter();

    Database database();

    interface Detail {
        @WithDefault("12")
        @Min(1)
        int concurrent();

        @WithDefault("24")
        @Min(1)
        int waiting();
    }

    interface Complaints {
        @WithDefault("20")
        @Min(1)
        int concurrent();

        @WithDefault("80")
        @Min(1)
        int waiting();
    }

    interface PublicLists {
        @WithDefault("6")
        @Min(1)
        int concurrent();

        @WithDefault("6")
        @Min(1)
        int waiting();
    }

    interface SignIn {
        @WithDefault("6")
        @Min(1)
        int concurrent();

        @WithDefault("6")
        @Min(1)
        int waiting();
    }

    interface Statistics {
        @WithDefault("2")
        @Min(1)
        int concurrent();

        @WithDefault("16")
        @Min(1)
        int waiting();

        /**
         * How fast one client address may ask for statistics, indicators and rankings, cached or not: a parent's
         * page asks for two or three at once, a scraper in a loop for thousands a second.
         */
        PerClient perClient();
    }

    /** A token bucket per client address: {@code burst} at once, then {@code rate} a second. */
    interface PerClient {
        @WithDefault("20")
        @Min(1)
        int rate();

        @WithDefault("40")
        @Min(1)
        int burst();

        /** A request over the rate waits for its turn up to this long (a timer, nothing held), then gets 429. */
        @WithDefault("PT1S")
        Duration maxDelay();
    }

    interface Database {
        /**
         * Longest wait for a connection from the reactive pool; then the request fails and is answered 503 with
         * Retry-After (Vert.x's default is 30 seconds, longer than clients wait).
         */
        @WithDefault("PT3S")
        Duration connectionWait();

        /** Requests waiting for a connection beyond which the next one fails at once (503); -1 for no bound. */
        @WithDefault("100")
        int waitQueue();
    }

    default Limits limits(EndpointFamily family) {
        return switch (family) {
            case NURSERY_DETAIL -> new Limits(detail().concurrent(), detail().waiting());
            case COMPLAINT_SUBMISSION -> new Limits(complaints().concurrent(), complaints().waiting());
            case PUBLIC_LISTS -> new Limits(publicLists().concurrent(), publicLists().waiting());
            case SIGN_IN -> new Limits(signIn().concurrent(), signIn().waiting());
            case STATISTICS -> new Limits(statistics().concurrent(), statistics().waiting());
        };
    }

    record Limits(int concurrent, int waiting) {
    }
}
