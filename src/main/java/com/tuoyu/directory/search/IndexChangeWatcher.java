package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the search cache true to the index, whichever replica wrote. Every poll it asks Elasticsearch two things:
 *
 * <ul>
 * <li>which documents were written lately ({@code indexedAt} within {@link #WINDOW_MILLIS}, a window wide enough
 * for the refresh interval and clocks a little apart): for each change not seen before, only the tiles holding that
 * nursery (by id, wherever it was) and the tile of its new point are dropped, with every cached list page. A search
 * answers only what is visible, so a change is acted on once it can be fetched;</li>
 * <li>the physical index behind the alias and its delete counter: an alias swap (rebuild) or a deletion (never done by
 * the service itself) drops everything at once and again after a refresh interval, as does a burst of more than
 * {@link #MAX_CHANGES} changes.</li>
 * </ul>
 *
 * Quarkus's scheduler does not go below a second, hence a Vert.x timer.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexChangeWatcher {

    private static final Logger LOG = Logger.getLogger(IndexChangeWatcher.class);
    static final long WINDOW_MILLIS = 30_000;
    /** The index's refresh_interval (search/nursery-index.json) and a margin for the refresh itself. */
    static final long REFRESH_INTERVAL_MILLIS = 1_000 + 300;
    static final int MAX_CHANGES = 500;
    private static final String STATS_FILTER = "indices.*.primaries.indexing.delete_total";

    private final RestClient client;
    private final SearchConfig config;
    private final SearchCache cache;
    private final Vertx vertx;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final AtomicBoolean polling = new AtomicBoolean();
    /** Changes already acted on: id → version@indexedAt, pruned as they leave the window. */
    private final Map<String, Seen> seen = new HashMap<>();
    private volatile String lastIndex;
    private boolean primed;
    private long timer = -1;

    private record Seen(long version, long indexedAt) {
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.nearby().watchInterval().toMillis(), id -> poll());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        Request stats = new Request("GET", "/" + config.alias() + "/_stats/indexing");
        stats.addParameter("filter_path", STATS_FILTER);
        client.performRequestAsync(stats, new Listener(body -> {
            if (indexChanged(body)) {
                polling.set(false);
                return;
            }
            long since = clock.millis() - WINDOW_MILLIS;
            Request changes = new Request("POST", "/" + config.alias() + "/_search");
            changes.addParameter("filter_path", "hits.hits._source");
            changes.setEntity(new NStringEntity("{\"size\":" + (MAX_CHANGES + 1) + ",\"track_total_hits\":false,"
                    + "\"_source\":[\"id\",\"version\",\"indexedAt\",\"location\"],"
                    + "\"query\":{\"range\":{\"indexedAt\":{\"gte\":" + since + "}}}}", ContentType.APPLICATION_JSON));
            client.performRequestAsync(changes, new Listener(this::changed));
        }));
    }

    /** True (and everything dropped) when the alias points elsewhere or something was deleted. */
    private boolean indexChanged(String counters) {
        String previous = lastIndex;
        lastIndex = counters;
        if (Objects.equals(previous, counters)) {
            return false;
        }
        LOG.debug("Search index swapped or documents deleted; dropping the search cache");
        dropAll();
        // The counter moves when Elasticsearch accepts the deletion, which searches see only after the next
        // refresh: drop again once it has happened, or a page fetched in between would outlive it.
        vertx.setTimer(REFRESH_INTERVAL_MILLIS, id -> dropAll());
        return true;
    }

    private void changed(String body) {
        try {
            JsonNode hits = mapper.readTree(body).path("hits").path("hits");
            long oldest = clock.millis() - 2 * WINDOW_MILLIS;
            seen.values().removeIf(s -> s.indexedAt() < oldest);
            if (hits.size() > MAX_CHANGES) {
                dropAll();
                hits.forEach(hit -> remember(hit.path("_source")));
                return;
            }
            Set<String> ids = new HashSet<>();
            Set<NearbyTiles.Tile> tiles = new HashSet<>();
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                if (remember(source)) {
                    ids.add(source.path("id").asText());
                    JsonNode location = source.path("location");
                    if (location.has("lat") && location.has("lon")) {
                        tiles.add(NearbyTiles.tileOf(location.path("lat").asDouble(), location.path("lon").asDouble()));
                    }
                }
            }
            if (!ids.isEmpty() && primed) {
                cache.forget(ids, tiles);
                // Each copy of a shard refreshes on its own schedule: a search served by a replica copy that had not
                // refreshed yet may have been cached after this drop (the topology run saw one stay stale for over
                // 10 s). Drop again once every copy has refreshed.
                vertx.setTimer(REFRESH_INTERVAL_MILLIS, id -> cache.forget(ids, tiles));
            }
            primed = true;
        } catch (IOException e) {
            dropAll();
        } finally {
            polling.set(false);
        }
    }

    /** Records a change; false when it was acted on before. */
    private boolean remember(JsonNode source) {
        Seen now = new Seen(source.path("version").asLong(), source.path("indexedAt").asLong());
        return !now.equals(seen.put(source.path("id").asText(), now));
    }

    private void dropAll() {
        cache.invalidate();
    }

    /** Elasticsearch unreachable or the alias missing: drop everything, so nothing older is served when it is back. */
    private void failed() {
        lastIndex = null;
        dropAll();
        polling.set(false);
    }

    private final class Listener implements ResponseListener {
        private final java.util.function.Consumer<String> onBody;

        Listener(java.util.function.Consumer<String> onBody) {
            this.onBody = onBody;
        }

        @Override
        public void onSuccess(Response response) {
            String body;
            try {
                body = EntityUtils.toString(response.getEntity());
            } catch (IOException e) {
                failed();
                return;
            }
            // One poll at a time (the polling flag), so the watcher's state is never touched concurrently.
            onBody.accept(body);
        }

        @Override
        public void onFailure(Exception exception) {
            failed();
        }
    }
}
