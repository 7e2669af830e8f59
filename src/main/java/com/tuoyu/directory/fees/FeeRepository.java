package com.tuoyu.directory.fees;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeeRepository implements PanacheRepositoryBase<Fee, UUID> {

    /** Every fee row of one nursery, past, current and scheduled, oldest first per care type and group. */
    public Uni<List<Fee>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by careType, ageGroup, effectiveFrom", nurseryId);
    }
}
