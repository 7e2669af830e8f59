package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.complaint.dto.AdminComplaintAction;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.complaint.dto.AdminComplaintView;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.supervision.SupervisionLinks;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Handlers' and supervisors' side: the queue, acting on a complaint (the complaint decides which actions it allows,
 * {@link HandlerAction}), masked contact data and its audited reveal.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintHandlingService {

    private final ComplaintRepository complaints;
    private final ComplaintHistory history;
    private final ComplaintPhotos photos;
    private final SupervisionLinks supervision;
    private final AdminComplaintViews views;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final NurseryService nurseries;
    private final Clock clock;

    /** A complaint in the caller's districts; reading its personal data is audited. */
    @WithTransaction
    public Uni<AdminComplaintView> get(Caller handler, UUID id) {
        return inScope(handler, id)
                .call(c -> audit.record(handler, "COMPLAINT_READ", "complaint", c.id.toString(), null, null, null))
                .chain(c -> {
                    boolean wasNew = c.newInformationAt != null;
                    c.opened();
                    return views.view(handler, c, wasNew);
                });
    }

    @WithTransaction
    public Uni<AdminComplaintView> act(Caller handler, UUID id, AdminComplaintAction request) {
        HandlerAction action = request.action();
        if (action.requiresText() && (request.text() == null || request.text().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("text", action + " 时必须填写", "is required for " + action));
        }
        if (action == HandlerAction.ASSIGN && (request.assignee() == null || request.assignee().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("assignee", "ASSIGN 时必须填写", "is required for ASSIGN"));
        }
        if (action == HandlerAction.RESOLVE && request.finding() == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("finding", "RESOLVE 时必须填写", "is required for RESOLVE"));
        }
        if (action == HandlerAction.RESOLVE && !request.finding().substantiated()
                && (request.inspectionId() != null || request.penaltyId() != null)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("finding",
                    "必须为属实或部分属实，才能关联检查或处罚记录", "must be substantiated or partly substantiated to link an inspection or penalty"));
        }
        boolean bySupervisor = handler.hasRole("SUPERVISOR");
        return inScope(handler, id).chain(complaint -> {
            if (complaint.version != request.version()) {
                return Uni.createFrom().<Complaint>failure(ProblemException.conflict("投诉 " + complaint.trackingNumber
                        + " 在你加载后已被他人处理（你看到的是第 " + request.version() + " 版，现在是第 " + complaint.version
                        + " 版）；请重新加载后再试。", "Someone else acted on complaint "
                        + complaint.trackingNumber + " since you loaded it (version " + request.version() + ", now "
                        + complaint.version + "); reload it and try again."));
            }
            // Asked before the links are looked up: an action the complaint refuses is a 409 or 403 whatever it links.
            if (action.from(complaint.status, bySupervisor) instanceof ComplaintTransition.Refused refused) {
                return Uni.createFrom().<Complaint>failure(refused.problem());
            }
            return checkLinks(complaint, request).chain(() -> checkAssignee(complaint, request))
                    .chain(() -> apply(handler, bySupervisor, complaint, request));
        }).call(c -> action == HandlerAction.RESOLVE && c.nurseryId != null
                // A resolution counts in the public figures, and a substantiated one is on the nursery's page: the
                // nursery's version grows, so every replica's caches follow.
                ? nurseries.recordPublicChange(List.of(c.nurseryId)) : Uni.createFrom().voidItem())
                .chain(c -> views.view(handler, c, c.newInformationAt != null));
    }

    /**
     * A substantiated resolution may name the inspection or penalty it led to: each must exist and concern the
     * complaint's own nursery (422 otherwise; a complaint about an unlisted facility has nothing to link).
     */
    private Uni<Void> checkLinks(Complaint complaint, AdminComplaintAction request) {
        if (request.action() != HandlerAction.RESOLVE) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> inspection = request.inspectionId() == null ? Uni.createFrom().voidItem()
                : supervision.nurseryOfInspection(request.inspectionId())
                        .chain(nursery -> requireSameNursery(complaint, nursery, "inspection", request.inspectionId()));
        return inspection.chain(() -> request.penaltyId() == null ? Uni.createFrom().voidItem()
                : supervision.nurseryOfPenalty(request.penaltyId())
                        .chain(nursery -> requireSameNursery(complaint, nursery, "penalty", request.penaltyId())));
    }

    /** Only an active handler covering the complaint's county may be assigned it (422 otherwise). */
    private Uni<Void> checkAssignee(Complaint complaint, AdminComplaintAction request) {
        if (request.action() != HandlerAction.ASSIGN) {
            return Uni.createFrom().voidItem();
        }
        return staff.handlersCovering(complaint.divisionCode).chain(handlers -> handlers.stream()
                .anyMatch(h -> h.id().equals(request.assignee().strip())) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.unprocessable(Text.of("指派对象必须是负责该区县的在岗投诉处理人员；"
                        + "请从可指派人员列表中选择。", "The assignee must be an active complaint handler responsible for the county; "
                        + "choose one from the list of assignable staff."), List.of(FieldText.of("assignee",
                        "不是负责该区县的在岗投诉处理人员", "is not an active complaint handler responsible for the county")))));
    }

    /** The handlers a complaint in the caller's districts may be assigned to. */
    @WithSession
    public Uni<List<StaffMember>> assignees(Caller handler, UUID id) {
        return inScope(handler, id).chain(complaint -> staff.handlersCovering(complaint.divisionCode));
    }

    private static Uni<Void> requireSameNursery(Complaint complaint, UUID nursery, String kind, UUID id) {
        if (nursery == null) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of(
                    "没有可关联的" + ("inspection".equals(kind) ? "检查记录 " : "处罚记录 ") + id + "。",
                    "There is no " + kind + " " + id + " to link.")));
        }
        if (!nursery.equals(complaint.nurseryId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of(
                    ("inspection".equals(kind) ? "检查记录 " : "处罚记录 ") + id + " 涉及的托育机构与投诉 " + complaint.trackingNumber
                    + " 不同；只能关联同一托育机构的记录。", "The " + kind + " " + id
                    + " concerns another nursery than complaint " + complaint.trackingNumber + "; link only records of the same nursery.")));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Complaint> apply(Caller handler, boolean bySupervisor, Complaint complaint, AdminComplaintAction request) {
        HandlerAction action = request.action();
        ComplaintTransition transition = complaint.handle(action, bySupervisor, new HandlerAction.Details(
                request.assignee(), request.finding(), request.inspectionId(), request.penaltyId()), clock.instant());
        if (transition instanceof ComplaintTransition.Refused refused) {
            return Uni.createFrom().failure(refused.problem());
        }
        ComplaintStatus from = ((ComplaintTransition.Moved) transition).from();
        boolean parentSees = action.parentSees();
        String publicText = parentSees ? request.text() : null;
        String internalText = parentSees ? null : request.text();
        // Flushing now turns a concurrent change into an optimistic-lock failure (409) before anything else runs.
        return complaints.flush()
                .chain(() -> history.record(complaint, handler, action.name(), from, publicText, internalText,
                        parentSees || complaint.status != from))
                .chain(() -> audit.record(handler, "COMPLAINT_" + action.name(), "complaint", complaint.id.toString(),
                        from.name(), complaint.status.name(), action == HandlerAction.NOTE ? null : request.text()))
                .replaceWith(complaint);
    }

    /** A photo of a complaint in the caller's districts. */
    @WithSession
    public Uni<ComplaintPhotos.StoredPhoto> photo(Caller handler, UUID complaintId, UUID photoId) {
        return inScope(handler, complaintId).chain(complaint -> photos.photo(complaint.id, photoId));
    }

    private Uni<Complaint> inScope(Caller handler, UUID id) {
        return complaints.findById(id).chain(complaint -> complaint != null && handler.covers(complaint.divisionCode)
                ? Uni.createFrom().item(complaint)
                // Out of the handler's districts is indistinguishable from not existing.
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有投诉 " + id + "。", "There is no complaint " + id + " in your districts.")));
    }
}
