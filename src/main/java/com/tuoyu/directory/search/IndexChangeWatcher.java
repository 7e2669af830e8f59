package com.tuoyu.directory.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drops the tile cache when the index changes, whichever replica wrote: it polls the write counters of the
 * physical index behind the alias. A write is counted when it is accepted and becomes visible at the next refresh
 * (at most {@link #REFRESH_INTERVAL_MILLIS} later), so a change drops the cache at once and once more after that
 * interval. Quarkus's scheduler does not go below a second, hence a Vert.x timer.
 */
@ApplicationScoped
public class IndexChangeWatcher {

    private static final Logger LOG = Logger.getLogger(IndexChangeWatcher.class);
    /** The index's refresh_interval (search/nursery-index.json) and a margin for the refresh itself. */
    static final long REFRESH_INTERVAL_MILLIS = 1_000 + 300;
    private static final String STATS_FILTER = "indices.*.primaries.indexing.index_total,"
            + "indices.*.primaries.indexing.delete_total";

    private final RestClient client;
    private final SearchConfig config;
    private final SearchCache cache;
    private final Vertx vertx;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile String lastSeen;
    private long timer = -1;

    public IndexChangeWatcher(RestClient client, SearchConfig config, SearchCache cache, Vertx vertx) {
        this.client = client;
        this.config = config;
        this.cache = cache;
        this.vertx = vertx;
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
        Request request = new Request("GET", "/" + config.alias() + "/_stats/indexing");
        request.addParameter("filter_path", STATS_FILTER);
        client.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try {
                    changed(EntityUtils.toString(response.getEntity()));
                } catch (IOException e) {
                    changed(null);
                } finally {
                    polling.set(false);
                }
            }

            @Override
            public void onFailure(Exception exception) {
                // Elasticsearch unreachable or the alias missing: nothing can be fetched either; drop what we hold
                // once, so that nothing older than the outage is served when it is back.
                changed(null);
                polling.set(false);
            }
        });
    }

    private void changed(String counters) {
        String previous = lastSeen;
        lastSeen = counters;
        if (previous == null && counters == null || Objects.equals(previous, counters)) {
            return;
        }
        LOG.debug("Search index changed; dropping the nearby tile cache");
        cache.invalidate();
        vertx.setTimer(REFRESH_INTERVAL_MILLIS, id -> cache.invalidate());
    }
}
