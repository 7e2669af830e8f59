package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** Inspections of one nursery, newest first. */
    public Uni<List<Inspection>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by inspectedOn desc, id", nurseryId);
    }
}
