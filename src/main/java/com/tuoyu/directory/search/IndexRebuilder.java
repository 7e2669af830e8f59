package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.search.dto.AdminRebuildReport;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the search index from PostgreSQL into a new physical index and swaps the alias to it, with no moment
 * where searches find an empty or half-filled index. One rebuild at a time in the whole cluster ({@link RebuildLock}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    private static final int BATCH = 500;

    private final NurseryService nurseries;
    private final NurseryProjector projector;
    private final NurseryIndex index;
    private final RebuildLock lock;
    private final AtomicBoolean running = new AtomicBoolean();

    /** A rebuild asked for now: refused with 409 while one runs on this or any other replica. */
    public Uni<AdminRebuildReport> rebuild() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().failure(alreadyRunning());
        }
        return lock.holding(false, this::rebuildHoldingLock)
                .onFailure(RebuildLock.Busy.class).transform(busy -> alreadyRunning())
                .eventually(() -> running.set(false));
    }

    /** The rebuild itself; the caller holds the {@link RebuildLock}. */
    Uni<AdminRebuildReport> rebuildHoldingLock() {
        long started = System.nanoTime();
        return index.ensureExists().chain(state -> index.createPhysicalIndex()).chain(target -> index.startRebuild(target)
                .chain(() -> Panache.withSession(nurseries::allIds))
                .chain(ids -> Multi.createFrom().iterable(partition(ids))
                        .onItem().transformToUniAndConcatenate(batch -> Panache.withSession(() -> projector.project(batch))
                                .chain(documents -> index.bulk(target, documents)).replaceWith(batch.size()))
                        .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue)))
                .call(() -> index.refresh(target))
                .call(() -> index.finishRebuild(target))
                .map(count -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    LOG.infof("Rebuilt search index %s with %d nurseries in %d ms", target, count, millis);
                    return new AdminRebuildReport(target, count, millis);
                })
                .onFailure().call(() -> index.abandonRebuild(target)));
    }

    private static com.tuoyu.directory.platform.problem.ProblemException alreadyRunning() {
        return com.tuoyu.directory.platform.problem.ProblemException.conflict("搜索索引正在重建；请在完成后再试。",
                "A rebuild of the search index is already running; try again when it has finished.");
    }

    private static List<List<UUID>> partition(List<UUID> ids) {
        List<List<UUID>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }
}
