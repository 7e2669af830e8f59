package com.tuoyu.directory.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DisclosureRevisionRepository implements PanacheRepositoryBase<DisclosureRevision, UUID> {

    /** Revisions of one section of one nursery, newest first. */
    public Uni<List<DisclosureRevision>> history(UUID nurseryId, DisclosureSection section) {
        return list("nurseryId = ?1 and section = ?2 order by revision desc", nurseryId, section);
    }

    /** The number of the latest revision, 0 when the section was never revised. */
    public Uni<Integer> latestRevision(UUID nurseryId, DisclosureSection section) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select coalesce(max(r.revision), 0) from DisclosureRevision r where r.nurseryId = ?1 and r.section = ?2",
                        Integer.class)
                .setParameter(1, nurseryId).setParameter(2, section).getSingleResult());
    }
}
