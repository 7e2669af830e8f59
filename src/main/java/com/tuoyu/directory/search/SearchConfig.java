package com.tuoyu.directory.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.search")
public interface SearchConfig {

    /**
     * The alias every read and write goes through; the first physical index is {@code <alias>-<mapping hash>}, a
     * rebuild's {@code <alias>-<millis>}.
     */
    @WithDefault("nurseries")
    String alias();

    @WithDefault("1")
    int shards();

    /** 0 on a single node (tests, local run); at least 1 on a cluster. */
    @WithDefault("0")
    int replicas();

    /** How many pages of searches without a point (keyword, filters) are kept; ~15 KB each. */
    @WithDefault("1000")
    int cachedPages();

    /** Nearby search from cached tiles (see {@link NearbyTiles}). */
    Nearby nearby();

    interface Nearby {

        /** A circle needing more tiles (radius above about 5 km) is sorted by Elasticsearch instead. */
        @WithDefault("36")
        int maxTiles();

        /** A tile holding more listed nurseries than this is not cached: Elasticsearch sorts instead. */
        @WithDefault("1000")
        int tileLimit();

        /**
         * How many nurseries the tile cache holds at most (~0.5 KB each): one tile set serves every filter, so a
         * national register of 100,000 fits and a replica serves every parent from memory.
         */
        @WithDefault("120000")
        long cachedNurseries();

        /**
         * Multi-searches for missing tiles sent at once; more wait their turn. A cold cache under load then queues
         * here instead of flooding Elasticsearch's search threads, which would slow every search, keyword ones too.
         */
        @WithDefault("2")
        int fetchesInFlight();

        /** Tile fetches that may wait for their turn; beyond that a search answers 503 with Retry-After. */
        @WithDefault("200")
        int fetchesWaiting();

        /**
         * How often the index is asked whether anything was written or the alias moved (by any replica); a change
         * drops the cache at once and again after a refresh interval, so a write is seen within two seconds.
         */
        @WithDefault("250ms")
        Duration watchInterval();
    }
}
