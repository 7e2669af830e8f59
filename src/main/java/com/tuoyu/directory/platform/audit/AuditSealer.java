package com.tuoyu.directory.platform.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

/**
 * Links every new entry ({@link AuditLog}'s, the complaint intake's single SQL statement's, and entries older than
 * the chain) into the hash chain, in id order, a few hundred per transaction under the chain head's lock. The table's trigger allows exactly this: chain fields set once on an unchained entry, nothing else changed.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    static final int BATCH = 500;

    private final AuditRepository entries;
    private final AuditChain chain;

    @Scheduled(every = "${nursery.audit.seal-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sealPending() {
        return sealBatch().chain(sealed -> sealed == BATCH ? sealPending() : Uni.createFrom().voidItem())
                .onFailure().invoke(e -> LOG.warnf("Sealing audit entries failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Seals up to {@link #BATCH} entries; answers how many. */
    public Uni<Integer> sealBatch() {
        return Panache.withTransaction(() -> entries.count("chainSeq is null").chain(pending -> pending == 0
                ? Uni.createFrom().item(0)
                : chain.lockHead().chain(head -> entries.find("chainSeq is null order by id").page(0, BATCH).list()
                        .chain(list -> {
                            long seq = head.seq();
                            String previous = head.hash();
                            for (AuditEntry entry : list) {
                                entry.chainSeq = ++seq;
                                entry.prevHash = previous;
                                entry.entryHash = AuditChain.hash(previous, entry);
                                previous = entry.entryHash;
                            }
                            return list.isEmpty() ? Uni.createFrom().item(0)
                                    : chain.moveHead(seq, previous).replaceWith(list.size());
                        }))));
    }
}
