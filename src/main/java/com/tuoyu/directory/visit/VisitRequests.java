package com.tuoyu.directory.visit;

import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.text.Texts;
import com.tuoyu.directory.visit.dto.AdminVisitRequest;
import com.tuoyu.directory.visit.dto.ParentVisitRequestCreate;
import com.tuoyu.directory.visit.dto.VisitActionRequest;
import com.tuoyu.directory.visit.dto.VisitHistoryEntry;
import com.tuoyu.directory.visit.dto.VisitRequestView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Visit requests (预约参观): a parent asks for one of a nursery's offered times; the nursery accepts, proposes another
 * time or declines; the parent accepts a proposal or cancels. Both sides read the same history. The nursery sees the
 * parent's phone only when it was shared for that request (it is not even kept otherwise), never the parent's account.
 * A parent has at most {@value #MAX_OPEN} open requests.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class VisitRequests {

    public static final int MAX_OPEN = 5;

    private final VisitRequestRepository requests;
    private final VisitRequestEventRepository events;
    private final VisitTimes times;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final Clock clock;

    @WithTransaction
    public Uni<VisitRequestView> request(Caller parent, ParentVisitRequestCreate create) {
        boolean share = Boolean.TRUE.equals(create.sharePhone());
        if (share && create.phone() == null) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("选择向机构提供电话时，请填写手机号。",
                    "To share a phone with the nursery, give the number."), List.of(FieldText.of("phone", "选择提供电话时必填",
                    "is required when sharePhone is true"))));
        }
        Instant now = clock.instant();
        return nurseries.findListed(create.nurseryId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("没有编号为 " + create.nurseryId() + " 的已备案托育机构。",
                        "There is no filed nursery with id " + create.nurseryId() + "."))
                .chain(n -> times.offered(n.id(), create.visitTimeId()).chain(time -> {
                    if (!time.startsAt.isAfter(now)) {
                        return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("这个参观时间已经过去。",
                                "This visit time has passed."), List.of(FieldText.of("visitTimeId", "已经过去", "has passed"))));
                    }
                    // One parent's requests are counted one at a time, so two at once cannot both pass the limit.
                    return requests.getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext(:p))")
                                    .setParameter("p", "visit:" + parent.id()).getSingleResult())
                            .chain(() -> openCount(parent.id(), now))
                            .chain(open -> {
                                if (open >= MAX_OPEN) {
                                    return Uni.createFrom().failure(ProblemException.conflict("你已有 " + open
                                            + " 个进行中的参观申请，最多 " + MAX_OPEN + " 个；请先取消一个或等参观结束。", "You have "
                                            + open + " open visit requests, at most " + MAX_OPEN + "; cancel one or wait until a visit is over."));
                                }
                                VisitRequest r = new VisitRequest();
                                r.id = UUID.randomUUID();
                                r.nurseryId = n.id();
                                r.parentId = parent.id();
                                r.status = VisitStatus.REQUESTED;
                                r.visitAt = time.startsAt;
                                r.minutes = time.minutes;
                                r.phone = share ? create.phone() : null;
                                r.childAgeMonths = create.childAgeMonths();
                                r.message = Texts.blankToNull(create.message());
                                r.createdAt = now;
                                r.updatedAt = now;
                                return requests.persist(r).call(saved -> record(saved, VisitAction.REQUEST, r.message))
                                        .chain(saved -> parentView(saved, n.name()));
                            });
                }));
    }

    @WithSession
    public Uni<List<VisitRequestView>> mine(Caller parent) {
        return requests.list("parentId = ?1 order by createdAt desc", parent.id())
                .chain(rows -> io.smallrye.mutiny.Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(r -> nurseries.findListed(r.nurseryId)
                                .chain(n -> parentView(r, n == null ? null : n.name())))
                        .collect().asList());
    }

    /** The phones the parent shared, per request id (for the parent's copy of their data). */
    @WithSession
    public Uni<java.util.Map<UUID, String>> sharedPhones(Caller parent) {
        return requests.list("parentId = ?1 and phone is not null", parent.id()).map(rows -> rows.stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.id, r -> r.phone)));
    }

    /**
     * Removes the parent's visit requests and their histories (the account is being deleted): a nursery keeps no
     * request it cannot answer. Answers how many.
     */
    @WithTransaction
    public Uni<Long> forget(String parentId) {
        return events.delete("requestId in (select r.id from VisitRequest r where r.parentId = ?1)", parentId)
                .chain(() -> requests.delete("parentId", parentId));
    }

    @WithSession
    public Uni<VisitRequestView> mine(Caller parent, UUID id) {
        return own(parent, id).chain(r -> nurseries.findListed(r.nurseryId).chain(n -> parentView(r, n == null ? null : n.name())));
    }

    @WithTransaction
    public Uni<VisitRequestView> actAsParent(Caller parent, UUID id, VisitActionRequest body) {
        VisitAction action = action(body.action(), VisitAction.Side.PARENT);
        return own(parent, id).chain(r -> step(r, action, body))
                .chain(r -> nurseries.findListed(r.nurseryId).chain(n -> parentView(r, n == null ? null : n.name())));
    }

    @WithSession
    public Uni<List<AdminVisitRequest>> forNursery(Caller staff, UUID nurseryId) {
        return scope.disclosedFacts(staff, nurseryId).chain(n -> requests.find("nurseryId = ?1 order by createdAt desc", nurseryId)
                .page(0, 200).list())
                .chain(rows -> io.smallrye.mutiny.Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(this::adminView).collect().asList());
    }

    @WithSession
    public Uni<AdminVisitRequest> forNursery(Caller staff, UUID nurseryId, UUID id) {
        return scope.disclosedFacts(staff, nurseryId).chain(n -> ofNursery(nurseryId, id)).chain(this::adminView);
    }

    @WithTransaction
    public Uni<AdminVisitRequest> actAsNursery(Caller staff, UUID nurseryId, UUID id, VisitActionRequest body) {
        VisitAction action = action(body.action(), VisitAction.Side.NURSERY);
        return scope.disclosedFacts(staff, nurseryId).chain(n -> ofNursery(nurseryId, id))
                .chain(r -> step(r, action, body)).chain(this::adminView);
    }

    private Uni<VisitRequest> step(VisitRequest r, VisitAction action, VisitActionRequest body) {
        if (body.version() != null && body.version() != r.version) {
            return Uni.createFrom().failure(ProblemException.conflict("参观申请已被对方更新（第 " + r.version + " 版），请刷新后再操作。",
                    "The visit request changed meanwhile (version " + r.version + "); reload it and act again."));
        }
        Instant now = clock.instant();
        if (action == VisitAction.PROPOSE && (body.proposedAt() == null || !body.proposedAt().toInstant().isAfter(now))) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("建议的参观时间必须在将来。",
                    "The proposed time must lie in the future."), List.of(FieldText.of("proposedAt", "必填，且必须晚于现在",
                    "is required and must be in the future"))));
        }
        if (action == VisitAction.DECLINE && Texts.blankToNull(body.note()) == null) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("婉拒时请告诉家长原因。",
                    "Tell the parent why when declining."), List.of(FieldText.of("note", "婉拒时必填", "is required to decline"))));
        }
        r.apply(action, body.proposedAt() == null ? null : body.proposedAt().toInstant(), now);
        return requests.flush().chain(() -> record(r, action, Texts.blankToNull(body.note()))).replaceWith(r);
    }

    private Uni<VisitRequestEvent> record(VisitRequest r, VisitAction action, String note) {
        VisitRequestEvent e = new VisitRequestEvent();
        e.id = UUID.randomUUID();
        e.requestId = r.id;
        e.occurredAt = clock.instant();
        e.actor = action.side();
        e.action = action;
        e.status = r.status;
        e.visitAt = r.visitAt;
        e.note = note;
        return events.persist(e);
    }

    private Uni<Long> openCount(String parentId, Instant now) {
        return requests.count("parentId = ?1 and (status in ?2 or (status = ?3 and visitAt > ?4))", parentId,
                List.of(VisitStatus.REQUESTED, VisitStatus.PROPOSED), VisitStatus.ACCEPTED, now);
    }

    private Uni<VisitRequest> own(Caller parent, UUID id) {
        return requests.find("id = ?1 and parentId = ?2", id, parent.id()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("你没有参观申请 " + id + "。", "You have no visit request " + id + "."));
    }

    private Uni<VisitRequest> ofNursery(UUID nurseryId, UUID id) {
        return requests.find("id = ?1 and nurseryId = ?2", id, nurseryId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("这家托育机构没有参观申请 " + id + "。",
                        "This nursery has no visit request " + id + "."));
    }

    private static VisitAction action(String name, VisitAction.Side side) {
        try {
            VisitAction action = VisitAction.valueOf(name.trim().toUpperCase(Locale.ROOT));
            if (action.side() == side && action != VisitAction.REQUEST) {
                return action;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        String allowed = side == VisitAction.Side.NURSERY ? "ACCEPT、PROPOSE 或 DECLINE" : "ACCEPT_PROPOSAL 或 CANCEL";
        throw ProblemException.invalidParameter("action", "必须是 " + allowed, "must be " + allowed.replace("、", ", ").replace(" 或 ", " or "));
    }

    private Uni<List<VisitHistoryEntry>> history(VisitRequest r) {
        return events.list("requestId = ?1 order by occurredAt, id", r.id).map(rows -> rows.stream()
                .map(e -> new VisitHistoryEntry(e.occurredAt, e.actor.name(), e.action.term(),
                        e.status.term(), e.visitAt, e.note)).toList());
    }

    private Uni<VisitRequestView> parentView(VisitRequest r, String nurseryName) {
        return history(r).map(h -> new VisitRequestView(r.id, r.nurseryId, nurseryName, r.status.term(),
                r.open(clock.instant()), r.visitAt, r.minutes, r.phone != null, r.childAgeMonths, r.message, r.version, r.createdAt, h));
    }

    private Uni<AdminVisitRequest> adminView(VisitRequest r) {
        return history(r).map(h -> new AdminVisitRequest(r.id, r.nurseryId, r.status.term(),
                r.open(clock.instant()), r.visitAt, r.minutes, r.phone, r.childAgeMonths, r.message, r.version, r.createdAt, h));
    }
}
