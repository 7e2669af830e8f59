package com.tuoyu.directory.nursery;

import com.tuoyu.directory.nursery.dto.NurseryChange;
import com.tuoyu.directory.platform.outbox.AnnouncedHere;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells every {@link NurseryChangeListener} of this replica which nurseries changed, whichever replica wrote. Every
 * change a nursery's public page or the figures counting it can show grows the nursery's version and sets its
 * {@code updated_at} in the writing transaction (the same transaction that announces {@code nursery.changed} in the
 * outbox). The outbox hands each event to one replica only, so each replica asks PostgreSQL itself, every
 * {@code nursery.changes.poll-interval}: which rows changed within the last {@link #WINDOW_SECONDS} seconds (indexed;
 * a window wide enough for a long transaction and the writers' clocks a little apart). A row whose version or time it
 * has not seen yet is a change; more than {@link #MAX_CHANGES} at once (a bulk import), or a poll that fails, is a
 * change of everything. Quarkus' scheduler does not go below a second, hence a Vert.x timer.
 */
@ApplicationScoped
public class NurseryChangeFeed {

    private static final Logger LOG = Logger.getLogger(NurseryChangeFeed.class);
    static final int WINDOW_SECONDS = 30;
    static final int MAX_CHANGES = 500;
    private static final String RECENT = "select id, version, division_code, updated_at from nursery "
            + "where updated_at > now() - interval '" + WINDOW_SECONDS + " seconds' order by updated_at desc limit "
            + (MAX_CHANGES + 1);

    private record Seen(long version, OffsetDateTime updatedAt) {
    }

    private final Pool pool;
    private final Instance<NurseryChangeListener> listeners;
    private final NurseryChangeConfig config;
    private final Vertx vertx;
    private final AtomicBoolean polling = new AtomicBoolean();
    /** The rows of the last poll's window: what was acted on. Touched by one poll at a time. */
    private Map<UUID, Seen> seen = new HashMap<>();
    private long timer = -1;

    public NurseryChangeFeed(Pool pool, Instance<NurseryChangeListener> listeners, NurseryChangeConfig config, Vertx vertx) {
        this.pool = pool;
        this.listeners = listeners;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(Math.max(10, config.pollInterval().toMillis()), id -> poll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** This replica's own writes, as soon as their request is answered (see {@code AnnouncedHere}). */
    void announcedHere(@Observes AnnouncedHere announced) {
        if (!NurseryService.CHANGED_TOPIC.equals(announced.topic())) {
            return;
        }
        Set<UUID> ids = new HashSet<>();
        for (String id : announced.aggregateIds()) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // not a nursery id: nothing cached under it
            }
        }
        Set<UUID> told = Set.copyOf(ids);
        listeners.forEach(listener -> listener.changedHere(told));
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        pool.query(RECENT).execute().subscribe().with(rows -> {
            try {
                take(rows);
            } finally {
                polling.set(false);
            }
        }, failure -> {
            try {
                // Unknown what changed meanwhile: nothing cached before may be served after.
                LOG.debugf("Nursery change poll failed (%s); every cached page is dropped", failure.getClass().getSimpleName());
                seen = new HashMap<>();
                listeners.forEach(NurseryChangeListener::changedEverything);
            } finally {
                polling.set(false);
            }
        });
    }

    private void take(RowSet<Row> rows) {
        Map<UUID, Seen> window = new HashMap<>();
        List<NurseryChange> changes = new ArrayList<>();
        for (Row row : rows) {
            UUID id = row.getUUID("id");
            Seen now = new Seen(row.getLong("version"), row.getOffsetDateTime("updated_at"));
            window.put(id, now);
            if (!Objects.equals(seen.get(id), now)) {
                changes.add(new NurseryChange(id, now.version(), row.getString("division_code")));
            }
        }
        seen = window;
        if (!changes.isEmpty()) {
            LOG.debugf("%d nursery changes seen", changes.size());
        }
        if (rows.size() > MAX_CHANGES) {
            listeners.forEach(NurseryChangeListener::changedEverything);
        } else if (!changes.isEmpty()) {
            List<NurseryChange> told = List.copyOf(changes);
            listeners.forEach(listener -> listener.changed(told));
        }
    }
}
