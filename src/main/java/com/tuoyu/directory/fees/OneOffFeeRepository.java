package com.tuoyu.directory.fees;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OneOffFeeRepository implements PanacheRepositoryBase<OneOffFee, UUID> {

    /** One-off fees of one nursery, oldest first per name. */
    public Uni<List<OneOffFee>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by name, effectiveFrom", nurseryId);
    }
}
