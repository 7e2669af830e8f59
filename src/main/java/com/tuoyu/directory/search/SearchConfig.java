package com.tuoyu.directory.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.search")
public interface SearchConfig {

    /** The alias every read and write goes through; physical indices are named {@code <alias>-<millis>}. */
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

        /** A tile holding more nurseries than this (with the filters) is not cached: Elasticsearch sorts instead. */
        @WithDefault("1000")
        int tileLimit();

        /**
         * How many nurseries the tile cache holds at most, over all tiles and filter combinations (~0.5 KB each): a
         * national register of 100,000 with a filtered view fits, so a replica serves every parent from memory.
         */
        @WithDefault("120000")
        long cachedNurseries();

        /**
         * How often the index is asked whether anything was written or the alias moved (by any replica); a change
         * drops the cache at once and again after a refresh interval, so a write is seen within two seconds.
         */
        @WithDefault("250ms")
        Duration watchInterval();
    }
}
