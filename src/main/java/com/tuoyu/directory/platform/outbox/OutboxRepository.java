package com.tuoyu.directory.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Due events, oldest first, locked for this transaction; rows another replica is delivering are skipped
     * rather than waited for.
     */
    public Uni<List<OutboxEvent>> lockDue(int limit) {
        return getSession().chain(session -> session
                .createNativeQuery("select * from outbox_event where next_attempt_at <= now() order by id "
                        + "limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList());
    }
}
