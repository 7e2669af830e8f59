package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MisconductRepository implements PanacheRepositoryBase<Misconduct, UUID> {

    /** Recorded misconduct of one nursery, newest first. */
    public Uni<List<Misconduct>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by recordedOn desc, id", nurseryId);
    }
}
