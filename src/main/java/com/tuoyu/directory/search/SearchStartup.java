package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.NurseryService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At start, makes sure the index exists; when it had to be created while PostgreSQL already holds nurseries
 * (a new cluster, a lost index), or was built with an older mapping, rebuilds it from PostgreSQL in the
 * background and swaps the alias, so a mapping change deploys with no downtime. An unreachable Elasticsearch
 * does not stop the service from starting: readiness reports it, and the outbox catches up later.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SearchStartup {

    private static final Logger LOG = Logger.getLogger(SearchStartup.class);

    private final NurseryIndex index;
    private final IndexRebuilder rebuilder;
    private final NurseryService nurseries;
    private final RebuildLock lock;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        VertxContextSupport.subscribe(() -> reconcile().toMulti(),
                subscription -> subscription.with(ignored -> { },
                        failure -> LOG.warnf("Search index not checked at start (%s); the outbox will retry",
                                failure.getClass().getSimpleName())));
    }

    /** Brings the index in line with this version of the service; answers what it found. */
    public Uni<NurseryIndex.State> reconcile() {
        // Under the rebuild lock, waiting for it: replicas of a new version starting together all find the index
        // outdated, and only the first rebuilds; the others then find it current.
        return lock.holding(true, () -> index.inspect().call(state -> switch (state) {
            case CURRENT -> Uni.createFrom().voidItem();
            case OUTDATED -> rebuilder.rebuildHoldingLock().replaceWithVoid();
            case CREATED -> Panache.withSession(nurseries::countRegistered).chain(count -> count > 0
                    ? rebuilder.rebuildHoldingLock().replaceWithVoid() : Uni.createFrom().voidItem());
        }));
    }
}
