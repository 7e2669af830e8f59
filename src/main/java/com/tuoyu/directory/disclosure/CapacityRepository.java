package com.tuoyu.directory.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapacityRepository implements PanacheRepositoryBase<Capacity, UUID> {

    /** Capacity rows of one nursery, in age-group order. */
    public Uni<List<Capacity>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by ageGroup", nurseryId);
    }
}
