package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.ParentComplaintExport;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.storage.ObjectStorage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What complaints hold about a parent, for the parent's rights (PIPL art. 45 and 47) and the retention schedule. A
 * complaint itself stays for the authority's record-keeping duty; what identifies the reporter goes: the account id
 * (here and in the history), the contact number, the Idempotency-Keys, pending notices, and the photos unless a penalty
 * relies on them ({@code linked_penalty_id}: the handler linked the penalty the complaint led to).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintPersonalData {

    private static final Logger LOG = Logger.getLogger(ComplaintPersonalData.class);

    /** Stands for the parent in a forgotten parent's history entries. */
    static final String FORGOTTEN_PARENT = "deleted-parent";

    /** When a complaint closed: resolved, or not accepted (its last move). */
    private static final String CLOSED_AT = "case when c.status = 'RESOLVED' then c.resolved_at "
            + "when c.status = 'REJECTED' then c.updated_at end";

    private final ComplaintRepository complaints;
    private final ComplaintPhotoRepository photoRows;
    private final ParentComplaintViews views;
    private final ObjectStorage storage;
    private final Clock clock;

    /** The parent's complaints with their history, contact number and photos. */
    @WithSession
    public Uni<List<ParentComplaintExport>> heldFor(Caller parent) {
        return complaints.list("parentId = ?1 order by submittedAt", parent.id()).chain(own -> Multi.createFrom().iterable(own)
                .onItem().transformToUniAndConcatenate(c -> views.view(c).chain(view -> photoRows
                        .list("complaintId = ?1 order by position", c.id)
                        .map(photos -> new ParentComplaintExport(view, c.contactPhone,
                                c.sensitiveConsentAt == null ? null : c.sensitiveConsentAt.atOffset(ZoneOffset.ofHours(8)),
                                photos.stream().map(p -> new ParentComplaintExport.Photo(p.id, p.contentType, p.sizeBytes,
                                        "/api/v1/complaints/" + c.id + "/photos/" + p.id)).toList()))))
                .collect().asList());
    }

    /**
     * Unlinks the parent from their complaints (the text stays), in one transaction; the photos' files are deleted
     * after it commits. Answers how many complaints were unlinked.
     */
    public Uni<Integer> forget(String parentId) {
        return Panache.withTransaction(() -> photosOf("c.parent_id = :value", parentId).chain(photos -> Panache.getSession()
                .chain(session -> session.createNativeQuery("update complaint set parent_id = null, contact_phone_sealed = null, "
                                + "contact_purged_at = coalesce(contact_purged_at, :now) where parent_id = :parent")
                        .setParameter("now", clock.instant()).setParameter("parent", parentId).executeUpdate()
                        .call(() -> session.createNativeQuery("update complaint_event set actor_id = :forgotten "
                                        + "where actor_role = 'PARENT' and actor_id = :parent")
                                .setParameter("forgotten", FORGOTTEN_PARENT).setParameter("parent", parentId).executeUpdate())
                        .call(() -> session.createNativeQuery("delete from idempotency_record where parent_id = :parent")
                                .setParameter("parent", parentId).executeUpdate())
                        .call(() -> session.createNativeQuery("delete from outbox_event where topic = :topic and payload like :mention")
                                .setParameter("topic", ComplaintService.STATUS_TOPIC)
                                .setParameter("mention", "%" + parentId + "%").executeUpdate())
                        .call(() -> deleteRows(photos)))
                .map(count -> new Forgotten(count, photos))))
                .call(forgotten -> deleteFiles(forgotten.photos()))
                .map(Forgotten::complaints);
    }

    private record Forgotten(int complaints, List<Object[]> photos) {
    }

    /** Removes the contact numbers of complaints closed before the cutoff; answers how many. */
    public Uni<Integer> purgeContacts(Instant closedBefore) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "update complaint c set contact_phone_sealed = null, contact_purged_at = :now "
                                + "where c.contact_phone_sealed is not null and " + CLOSED_AT + " < :cutoff")
                .setParameter("now", clock.instant()).setParameter("cutoff", closedBefore).executeUpdate()));
    }

    /** Deletes the photos of complaints closed before the cutoff, unless a penalty relies on them; answers how many. */
    public Uni<Integer> purgePhotos(Instant closedBefore) {
        return Panache.withTransaction(() -> photosOf(CLOSED_AT + " < :value", closedBefore)
                        .call(this::deleteRows))
                .call(this::deleteFiles)
                .map(List::size);
    }

    /** Photo rows (id, storage key) of the complaints matching the condition that no penalty relies on. */
    private Uni<List<Object[]>> photosOf(String condition, Object value) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select p.id::text, p.storage_key "
                        + "from complaint_photo p join complaint c on c.id = p.complaint_id "
                        + "where c.linked_penalty_id is null and " + condition, Object[].class)
                .setParameter("value", value).getResultList());
    }

    private Uni<Void> deleteRows(List<Object[]> photos) {
        if (photos.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from complaint_photo where id in (:ids)")
                .setParameter("ids", photos.stream().map(p -> java.util.UUID.fromString((String) p[0])).toList())
                .executeUpdate()).replaceWithVoid();
    }

    /** After the rows are gone: a file left behind by a failed delete is unreachable, and logged for the operator. */
    private Uni<Void> deleteFiles(List<Object[]> photos) {
        return Multi.createFrom().iterable(photos)
                .onItem().transformToUniAndConcatenate(p -> storage.delete((String) p[1]).onFailure().invoke(failure ->
                        LOG.warnf("Complaint photo %s not deleted from storage (%s); delete it by hand", p[0],
                                failure.getClass().getSimpleName())).onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
