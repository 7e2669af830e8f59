package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.complaint.dto.ParentComplaintSummary;
import com.tuoyu.directory.complaint.dto.ParentComplaintView;
import com.tuoyu.directory.complaint.dto.ParentRating;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import com.tuoyu.directory.nursery.NurseryService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A parent's own complaints after filing: reading them with their history and photos, answering the handler,
 * rating the outcome and reopening once. Which of these a complaint allows, it decides itself ({@link Complaint}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ParentComplaintService {

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final ComplaintHistory history;
    private final ComplaintPhotos photos;
    private final PhotoIntake photoIntake;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final ComplaintConfig config;
    private final ParentComplaintViews views;
    private final NurseryService nurseries;
    private final Clock clock;

    @WithSession
    public Uni<List<ParentComplaintSummary>> listOwn(Caller parent) {
        return complaints.list("parentId = ?1 order by submittedAt desc", parent.id()).chain(views::summaries);
    }

    @WithSession
    public Uni<ParentComplaintView> getOwn(Caller parent, UUID id) {
        return own(parent, id).chain(this::parentView);
    }

    /** A photo of the parent's own complaint. */
    @WithSession
    public Uni<ComplaintPhotos.StoredPhoto> ownPhoto(Caller parent, UUID complaintId, UUID photoId) {
        return own(parent, complaintId).chain(complaint -> photos.photo(complaint.id, photoId));
    }

    /** The parent answers a handler's question; the complaint goes back to the handler. */
    @WithTransaction
    public Uni<ParentComplaintView> provideInformation(Caller parent, UUID id, String text) {
        return provideInformation(parent, id, text, List.of());
    }

    /**
     * The answer with photos (a medical record, a receipt): checked like those sent with the complaint and added to
     * its photos, at most {@link PhotoIntake#MAX_PHOTOS} in all. A refused answer (nobody asked) stores none.
     */
    @WithTransaction
    public Uni<ParentComplaintView> provideInformation(Caller parent, UUID id, String text, List<byte[]> uploads) {
        return own(parent, id).chain(complaint -> {
            ComplaintTransition transition = complaint.provideInformation(clock.instant());
            if (transition instanceof ComplaintTransition.Refused refused || uploads.isEmpty()) {
                return followUp(parent, complaint, ParentAction.PROVIDE_INFO, text, transition);
            }
            return photos.count(complaint.id).chain(stored -> {
                List<PhotoIntake.PreparedPhoto> prepared = photoIntake.prepare(uploads, stored);
                return photoIntake.storeThen(prepared, () -> photos.add(complaint.id, prepared, stored)
                        .chain(() -> followUp(parent, complaint, ParentAction.PROVIDE_INFO, text, transition)));
            });
        }).chain(this::parentView);
    }

    @WithTransaction
    public Uni<ParentComplaintView> rate(Caller parent, UUID id, ParentRating rating) {
        return own(parent, id).chain(complaint -> {
            ComplaintTransition transition = complaint.rate(rating.score(), rating.comment(), clock.instant());
            if (transition instanceof ComplaintTransition.Refused refused) {
                return Uni.createFrom().<Complaint>failure(refused.problem());
            }
            // A rating is the parent's view of the outcome, not a change of state: in the history, but not audited.
            return history.record(complaint, parent, ParentAction.RATE.name(), complaint.status,
                    "评价 " + rating.score() + " 分", null, true).replaceWith(complaint);
        }).call(this::announceOutcome).chain(this::parentView);
    }

    /** Once, within the configured days after the resolution, a dissatisfied parent may reopen. */
    @WithTransaction
    public Uni<ParentComplaintView> reopen(Caller parent, UUID id, String reason) {
        return own(parent, id).chain(complaint -> {
            Instant now = clock.instant();
            Instant resolveDue = calendar.workingDaysAfter(now, config.resolveWorkingDays()).due();
            return followUp(parent, complaint, ParentAction.REOPEN, reason,
                    complaint.reopen(now, config.reopenDays(), resolveDue));
        }).call(this::announceOutcome).chain(this::parentView);
    }

    /**
     * A resolution reopened (its finding cleared) or rated changes what the nursery's page and the public figures
     * count (substantiated complaints, satisfaction): the nursery's version grows, so every replica's caches follow.
     */
    private Uni<Void> announceOutcome(Complaint complaint) {
        return complaint.nurseryId == null ? Uni.createFrom().voidItem()
                : nurseries.recordPublicChange(List.of(complaint.nurseryId)).replaceWithVoid();
    }

    /** Records and audits a step the complaint took, or fails with why it refused. */
    private Uni<Complaint> followUp(Caller parent, Complaint complaint, ParentAction action, String text,
                                    ComplaintTransition transition) {
        if (transition instanceof ComplaintTransition.Refused refused) {
            return Uni.createFrom().failure(refused.problem());
        }
        ComplaintTransition.Moved moved = (ComplaintTransition.Moved) transition;
        return history.record(complaint, parent, action.name(), moved.from(), text, null, true)
                .chain(() -> audit.record(parent, "COMPLAINT_" + action.name(), "complaint", complaint.id.toString(),
                        moved.from().name(), moved.to().name(), null))
                .replaceWith(complaint);
    }

    private Uni<Complaint> own(Caller parent, UUID id) {
        return complaints.findById(id).chain(complaint -> complaint != null && parent.id().equals(complaint.parentId)
                ? Uni.createFrom().item(complaint)
                // Another parent's complaint is indistinguishable from none at all.
                : Uni.createFrom().failure(ProblemException.notFound("你没有编号为 " + id + " 的投诉。", "You have no complaint " + id + ".")));
    }

    private Uni<ParentComplaintView> parentView(Complaint c) {
        return views.view(c);
    }
}
