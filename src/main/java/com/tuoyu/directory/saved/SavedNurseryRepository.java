package com.tuoyu.directory.saved;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SavedNurseryRepository implements PanacheRepositoryBase<SavedNursery, UUID> {

    /**
     * Serialises saves of one parent until the transaction ends, so two devices saving at once cannot both pass the
     * limit check; other parents are not held up.
     */
    public Uni<Void> lockListOf(String parentId) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked", Integer.class)
                .setParameter("key", "saved_nursery:" + parentId)
                .getSingleResult()).replaceWithVoid();
    }

    public Uni<SavedNursery> find(String parentId, UUID nurseryId) {
        return find("parentId = ?1 and nurseryId = ?2", parentId, nurseryId).firstResult();
    }

    public Uni<Long> countOf(String parentId) {
        return count("parentId", parentId);
    }

    /** Newest first; the id breaks ties so the order never changes between calls. */
    public Uni<List<SavedNursery>> listOf(String parentId) {
        return list("parentId = ?1 order by savedAt desc, id", parentId);
    }

    public Uni<Long> remove(String parentId, UUID nurseryId) {
        return delete("parentId = ?1 and nurseryId = ?2", parentId, nurseryId);
    }
}
