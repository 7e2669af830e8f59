package com.tuoyu.directory.search;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tuoyu.directory.search.dto.PublicSearchPage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What searches fetched from Elasticsearch: the nearby tiles, bounded by the number of nurseries they hold, and
 * whole pages of searches without a point (keyword and filter lists), bounded by count. Concurrent searches needing
 * the same missing tile or page share one fetch. Any change to the index moves both to a new generation, so nothing
 * fetched before the change is served after it.
 */
@ApplicationScoped
public class SearchCache {

    /**
     * A tile holds every listed nursery in it, whatever a search filters on (filters and the date's vacancy
     * freshness are applied to the entries), so its content depends only on the index's generation.
     */
    record Key(long generation, int row, int column) {
    }

    /** The nurseries of one tile, or {@code overfull} when more than the configured limit match there. */
    record Tile(NearbyEntry[] entries, boolean overfull) {
        static Tile overfullTile() {
            return new Tile(new NearbyEntry[0], true);
        }
    }

    private final AsyncCache<Key, Tile> cache;
    private final AsyncCache<String, PublicSearchPage> pages;
    private final AtomicLong generation = new AtomicLong();

    public SearchCache(SearchConfig config, MeterRegistry registry) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.nearby().cachedNurseries())
                .weigher((Key key, Tile tile) -> tile.entries().length + 1)
                .recordStats()
                .buildAsync();
        this.pages = Caffeine.newBuilder().maximumSize(config.cachedPages()).recordStats().buildAsync();
        CaffeineCacheMetrics.monitor(registry, cache, "search-tiles");
        CaffeineCacheMetrics.monitor(registry, pages, "search-pages");
    }

    AsyncCache<Key, Tile> tiles() {
        return cache;
    }

    /** Pages by the whole checked search (a record's text names every field), China's date and the generation. */
    AsyncCache<String, PublicSearchPage> pages() {
        return pages;
    }

    long generation() {
        return generation.get();
    }

    /** Forgets every tile: the next search fetches what it needs again. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.synchronous().invalidateAll();
        pages.synchronous().invalidateAll();
    }

    /**
     * Forgets the tiles that hold any of {@code ids} or are among {@code tiles}, tiles still being fetched, and every cached page: what a change to those nurseries may have made stale.
     */
    void forget(Set<String> ids, Set<NearbyTiles.Tile> tiles) {
        cache.asMap().forEach((key, future) -> {
            boolean stale = !future.isDone() || future.isCompletedExceptionally()
                    || tiles.contains(new NearbyTiles.Tile(key.row(), key.column()))
                    || holdsAny(future.join(), ids);
            if (stale) {
                cache.asMap().remove(key, future);
            }
        });
        pages.synchronous().invalidateAll();
    }

    private static boolean holdsAny(Tile tile, Set<String> ids) {
        for (NearbyEntry entry : tile.entries()) {
            if (ids.contains(entry.id())) {
                return true;
            }
        }
        return false;
    }
}
