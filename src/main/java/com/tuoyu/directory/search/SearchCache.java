package com.tuoyu.directory.search;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nearby tiles fetched from Elasticsearch, bounded by the number of nurseries they hold. Concurrent searches
 * needing the same missing tile share one fetch. Any change to the index moves the cache to a new generation, so a
 * tile fetched before the change is never served after it.
 */
@ApplicationScoped
public class TileCache {

    /** A tile's content depends on the filters, China's date (vacancy freshness) and the index's generation. */
    record Key(String filters, LocalDate day, long generation, int row, int column) {
    }

    /** The nurseries of one tile, or {@code overfull} when more than the configured limit match there. */
    record Tile(NearbyEntry[] entries, boolean overfull) {
        static Tile overfullTile() {
            return new Tile(new NearbyEntry[0], true);
        }
    }

    private final AsyncCache<Key, Tile> cache;
    private final AtomicLong generation = new AtomicLong();

    public TileCache(SearchConfig config, MeterRegistry registry) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.nearby().cachedNurseries())
                .weigher((Key key, Tile tile) -> tile.entries().length + 1)
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(registry, cache, "search-tiles");
    }

    AsyncCache<Key, Tile> tiles() {
        return cache;
    }

    long generation() {
        return generation.get();
    }

    /** Forgets every tile: the next search fetches what it needs again. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.synchronous().invalidateAll();
    }

    long nurseriesHeld() {
        return cache.synchronous().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
