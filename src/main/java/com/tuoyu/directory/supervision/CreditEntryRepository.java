package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CreditEntryRepository implements PanacheRepositoryBase<CreditEntry, UUID> {

    /** Red- and black-list entries of one nursery, newest first. */
    public Uni<List<CreditEntry>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by listedOn desc, id", nurseryId);
    }
}
