package com.tuoyu.directory.audit;

import com.tuoyu.directory.audit.dto.AdminAuditEntry;
import com.tuoyu.directory.audit.dto.AdminAuditPage;
import com.tuoyu.directory.audit.dto.AdminAuditPerson;
import com.tuoyu.directory.complaint.ComplaintTrackingNumbers;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.platform.audit.AuditTrail;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.Language;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The audit log as supervisors read it: a page of their districts' entries, with people, nurseries, divisions and
 * complaints named. One round of name look-ups per page, whatever its size.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditReading {

    private final AuditTrail trail;
    private final StaffDirectory staff;
    private final NurseryGlances nurseries;
    private final DivisionLabels divisions;
    private final ComplaintTrackingNumbers complaints;

    /** {@code filter.complaintId()} may be a tracking number; one unknown matches nothing. */
    public Uni<AdminAuditPage> page(Caller supervisor, AuditTrail.Filter filter, Language language) {
        String complaint = filter.complaintId();
        if (complaint != null && uuid(complaint) == null) {
            return complaints.idOf(complaint).chain(id -> page(supervisor, new AuditTrail.Filter(filter.actorId(),
                    id == null ? "none:" + complaint : id.toString(), filter.nurseryId(), filter.from(), filter.to(),
                    filter.page(), filter.size()), language));
        }
        return trail.page(supervisor.scopeDivisions(), filter).chain(lines -> named(lines.items(), language)
                .map(items -> new AdminAuditPage(items, lines.total(), filter.page(), filter.size())));
    }

    /** The staff who appear in the supervisor's part of the log, by name. Parents are never offered. */
    public Uni<List<AdminAuditPerson>> people(Caller supervisor) {
        return trail.actors(supervisor.scopeDivisions()).chain(staff::members).map(members -> members.values().stream()
                .map(m -> new AdminAuditPerson(m.id(), m.name(), m.username()))
                .sorted(Comparator.comparing(AdminAuditPerson::name).thenComparing(AdminAuditPerson::id)).toList());
    }

    private Uni<List<AdminAuditEntry>> named(List<AuditTrail.Line> lines, Language language) {
        List<String> actorIds = lines.stream().filter(l -> !"PARENT".equals(l.actorRole())).map(AuditTrail.Line::actorId).toList();
        List<UUID> nurseryIds = lines.stream().map(AuditTrail.Line::nurseryId).filter(Objects::nonNull).distinct().toList();
        List<String> divisionCodes = lines.stream().map(AuditTrail.Line::divisionCode).filter(Objects::nonNull).distinct().toList();
        List<UUID> complaintIds = lines.stream().filter(l -> "complaint".equals(l.subjectType()))
                .map(l -> uuid(l.subjectId())).filter(Objects::nonNull).distinct().toList();
        return staff.members(actorIds).chain(people -> nurseries.of(nurseryIds)
                .chain(glances -> divisions.of(divisionCodes)
                        .chain(labels -> complaints.of(complaintIds)
                                .map(numbers -> lines.stream()
                                        .map(l -> entry(l, people, glances, labels, numbers, language)).toList()))));
    }

    private static AdminAuditEntry entry(AuditTrail.Line l, Map<String, StaffMember> people, Map<UUID, NurseryGlance> glances,
                                         Map<String, DivisionLabel> labels, Map<UUID, String> numbers, Language language) {
        AdminAuditEntry.Actor actor;
        if ("PARENT".equals(l.actorRole())) {
            actor = new AdminAuditEntry.Actor(null, AuditWording.PARENT.in(language), AuditWording.role("PARENT", language));
        } else {
            StaffMember member = people.get(l.actorId());
            actor = new AdminAuditEntry.Actor(member == null ? null : member.id(),
                    member == null ? AuditWording.SYSTEM.in(language) : member.name(), AuditWording.role(l.actorRole(), language));
        }
        NurseryGlance nursery = l.nurseryId() == null ? null : glances.get(l.nurseryId());
        DivisionLabel division = l.divisionCode() == null ? null : labels.get(l.divisionCode());
        String label = switch (l.subjectType()) {
            case "complaint" -> numbers.get(uuid(l.subjectId()));
            case "nursery" -> nursery == null ? null : nursery.name();
            case "division" -> division == null ? null : division.fullName();
            case "holiday_arrangement" -> l.subjectId();
            default -> null;
        };
        return new AdminAuditEntry(l.id(), l.occurredAt(), actor, AuditWording.action(l.action(), language),
                AuditWording.kind(l.action(), language),
                new AdminAuditEntry.Subject(AuditWording.subject(l.subjectType(), language), l.subjectId(), label),
                l.divisionCode() == null ? null : new AdminAuditEntry.Place(l.divisionCode(),
                        division == null ? l.divisionCode() : division.fullName()),
                l.nurseryId() == null ? null : new AdminAuditEntry.Place(l.nurseryId().toString(),
                        nursery == null ? l.nurseryId().toString() : nursery.name()),
                AuditWording.masked(l.beforeState()), AuditWording.masked(l.afterState()), AuditWording.masked(l.reason()));
    }

    static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
