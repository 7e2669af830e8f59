package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminComplaintView;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.supervision.SupervisionGlances;
import com.tuoyu.directory.supervision.dto.SupervisionGlance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint as the handler's page shows it: everything needed to decide on one screen, from the history with who
 * did what to the nursery's record and the actions the complaint allows the caller now.
 */
@ApplicationScoped
@RequiredArgsConstructor
class AdminComplaintViews {

    private static final Duration RELATED_WINDOW = Duration.ofDays(90);

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final ComplaintPhotos photos;
    private final NurseryGlances nurseries;
    private final SupervisionGlances supervision;
    private final DivisionLabels divisions;
    private final StaffDirectory staff;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    /** What a view is assembled from, read one after the other in the caller's session. */
    private record Parts(List<Complaint> related, List<UUID> photoIds, List<ComplaintEvent> steps, DivisionLabel county,
                         Map<String, StaffMember> members, Record record) {
    }

    /** In the caller's session; {@code newInformation} is what the complaint showed before this read cleared it. */
    Uni<AdminComplaintView> view(Caller caller, Complaint c, boolean newInformation) {
        Instant now = clock.instant();
        Uni<List<Complaint>> related = c.nurseryId == null ? Uni.createFrom().item(List.of())
                : complaints.list("nurseryId = ?1 and id <> ?2 and submittedAt >= ?3 order by submittedAt desc",
                        c.nurseryId, c.id, now.minus(RELATED_WINDOW));
        return related.chain(others -> photos.photoIds(c.id)
                .chain(photoIds -> events.list("complaintId = ?1 order by occurredAt, id", c.id)
                        .chain(steps -> divisions.of(c.divisionCode)
                                .chain(county -> staff.members(actors(c, steps))
                                        .chain(members -> record(c)
                                                .map(record -> new Parts(others, photoIds, steps, county, members, record)))))))
                .map(parts -> build(caller, c, newInformation, now, parts));
    }

    private AdminComplaintView build(Caller caller, Complaint c, boolean newInformation, Instant now, Parts p) {
        return new AdminComplaintView(c.id, c.trackingNumber, c.version, c.nurseryId, p.record().name(c),
                c.facilityAddress, p.county(), ComplaintTerms.category(c.category), c.urgent,
                ComplaintTerms.status(c.status), ComplaintTerms.assignee(c.assignee, p.members()), c.description,
                c.incidentDate, PhoneMasks.mask(c.contactPhone), local(c.submittedAt),
                WorkingTimeLeft.of(c.status, c.dueAt, c.deadlinesProvisional, now, calendar::isWorkingDay),
                newInformation, ComplaintTerms.finding(c.finding), c.linkedInspectionId, c.linkedPenaltyId,
                c.rating == null ? null : c.rating.intValue(),
                p.photoIds().stream().map(id -> new AdminComplaintView.Photo(id,
                        "/api/v1/admin/complaints/" + c.id + "/photos/" + id)).toList(),
                allowed(c.status, caller.hasRole("SUPERVISOR")),
                p.related().stream().map(o -> new AdminComplaintView.Related(o.id, o.trackingNumber,
                        ComplaintTerms.category(o.category), ComplaintTerms.status(o.status), local(o.submittedAt))).toList(),
                p.record().view(), history(p.steps(), p.members()));
    }

    /** The actions the complaint allows the caller from its status: what the console offers as buttons. */
    static List<AdminComplaintView.Action> allowed(ComplaintStatus status, boolean supervisor) {
        return Arrays.stream(HandlerAction.values())
                .filter(a -> a.from(status, supervisor) instanceof ComplaintTransition.Moved)
                .map(a -> new AdminComplaintView.Action(ComplaintTerms.action(a.name()), a.requiresText(), a.parentSees()))
                .toList();
    }

    private static Set<String> actors(Complaint c, List<ComplaintEvent> steps) {
        Set<String> ids = new HashSet<>();
        steps.stream().filter(e -> !"PARENT".equals(e.actorRole)).forEach(e -> ids.add(e.actorId));
        if (c.assignee != null) {
            ids.add(c.assignee);
        }
        return ids;
    }

    private static List<AdminComplaintView.Step> history(List<ComplaintEvent> steps, Map<String, StaffMember> members) {
        List<AdminComplaintView.Step> history = new ArrayList<>();
        for (ComplaintEvent e : steps) {
            // Parents are never named to staff: the complaint's contact number is the only way to reach them.
            String name = "PARENT".equals(e.actorRole) ? null
                    : members.containsKey(e.actorId) ? members.get(e.actorId).name()
                    : e.actorId;
            history.add(new AdminComplaintView.Step(local(e.occurredAt),
                    new AdminComplaintView.Actor(ComplaintTerms.role(e.actorRole), name),
                    ComplaintTerms.action(e.action), ComplaintTerms.status(e.toStatus), e.publicText, e.internalText));
        }
        return history;
    }

    private record Record(NurseryGlance nursery, SupervisionGlance supervision, long substantiated) {

        String name(Complaint c) {
            return nursery == null ? c.facilityName : nursery.name();
        }

        AdminComplaintView.NurseryRecord view() {
            if (nursery == null) {
                return null;
            }
            return new AdminComplaintView.NurseryRecord(nursery.filingStatus(), nursery.filingNumber(), nursery.filedOn(),
                    supervision.inspections().stream().map(i -> new AdminComplaintView.Inspection(i.id(), i.inspectedOn(),
                            i.kind(), i.result())).toList(),
                    supervision.penalties().stream().map(p -> new AdminComplaintView.Penalty(p.id(), p.decidedOn(),
                            p.decisionNumber(), p.sanction())).toList(),
                    supervision.blackListed(), substantiated);
        }
    }

    /** The nursery's record, counted as its public page counts substantiated complaints (the last 12 months). */
    private Uni<Record> record(Complaint c) {
        if (c.nurseryId == null) {
            return Uni.createFrom().item(new Record(null, null, 0));
        }
        Instant since = LocalDate.now(clock.withZone(WorkingDayCalendar.CHINA)).minusMonths(12)
                .atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        return nurseries.of(List.of(c.nurseryId)).chain(glances -> supervision.of(c.nurseryId)
                .chain(glance -> complaints.substantiatedCounts(List.of(c.nurseryId), since)
                        .map(counts -> new Record(glances.get(c.nurseryId), glance,
                                counts.getOrDefault(c.nurseryId, 0)))));
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(WorkingDayCalendar.CHINA).toOffsetDateTime();
    }
}
