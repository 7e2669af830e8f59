package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PenaltyRepository implements PanacheRepositoryBase<Penalty, UUID> {

    /** Penalties of one nursery, newest first. */
    public Uni<List<Penalty>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by decidedOn desc, id", nurseryId);
    }
}
