package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.supervision.dto.AdminInspector;
import com.tuoyu.directory.supervision.dto.AdminInspectorRecord;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The inspector roster (执法检查人员名录) per division. Names and employee numbers are personal data: they are
 * shown to supervisors only, audited by id and employee number, and never published. Inspectors are deactivated,
 * never deleted, so past inspections and draws keep naming them.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class InspectorRosterService {

    private final InspectorRepository inspectors;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final Clock clock;

    /** The roster of a division and the divisions inside it. */
    @WithSession
    public Uni<List<AdminInspector>> list(Caller caller, String division) {
        return Uni.createFrom().item(() -> RequestParameters.divisionCode("division", division, true))
                .chain(() -> caller.covers(division) ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.notFound("行政区划 " + division + " 不在你的辖区内。",
                                "Division " + division + " is not one of your districts.")))
                .chain(() -> inspectors.list("divisionCode like ?1 order by divisionCode, name, id", Caller.codePrefix(division) + "%"))
                .map(list -> list.stream().map(InspectorRosterService::toAdmin).toList());
    }

    @WithTransaction
    public Uni<AdminInspector> add(Caller caller, AdminInspectorRecord record) {
        return checkDivision(caller, record.divisionCode())
                .chain(() -> inspectors.count("divisionCode = ?1 and employeeNumber = ?2", record.divisionCode(),
                        record.employeeNumber().strip()))
                .chain(existing -> {
                    if (existing > 0) {
                        return Uni.createFrom().failure(ProblemException.conflict("工号 " + record.employeeNumber()
                                + " 已在 " + record.divisionCode() + " 的名录中。", "Employee number "
                                + record.employeeNumber() + " is already on the roster of " + record.divisionCode() + "."));
                    }
                    Instant now = clock.instant();
                    Inspector inspector = new Inspector();
                    inspector.id = UUID.randomUUID();
                    inspector.divisionCode = record.divisionCode();
                    inspector.name = record.name().strip();
                    inspector.employeeNumber = record.employeeNumber().strip();
                    inspector.active = record.active() == null || record.active();
                    inspector.createdAt = now;
                    inspector.updatedAt = now;
                    return inspectors.persist(inspector);
                })
                .call(inspector -> audit.record(caller, "INSPECTOR_ADDED", "inspector", inspector.id.toString(), null,
                        auditState(inspector), null))
                .map(InspectorRosterService::toAdmin);
    }

    /** Renames, renumbers, moves or (de)activates an inspector. */
    @WithTransaction
    public Uni<AdminInspector> update(Caller caller, UUID id, AdminInspectorRecord record) {
        return inspectors.findById(id)
                .chain(found -> found != null && caller.covers(found.divisionCode) ? Uni.createFrom().item(found)
                        : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有检查人员 " + id + "。",
                                "There is no inspector " + id + " in your districts.")))
                .call(found -> checkDivision(caller, record.divisionCode()))
                .call(found -> inspectors.count("divisionCode = ?1 and employeeNumber = ?2 and id <> ?3",
                        record.divisionCode(), record.employeeNumber().strip(), id).chain(clash -> clash == 0
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.conflict("工号 " + record.employeeNumber()
                                + " 已在 " + record.divisionCode() + " 的名录中。", "Employee number " + record.employeeNumber()
                                + " is already on the roster of " + record.divisionCode() + "."))))
                .call(found -> {
                    String before = auditState(found);
                    found.divisionCode = record.divisionCode();
                    found.name = record.name().strip();
                    found.employeeNumber = record.employeeNumber().strip();
                    found.active = record.active() == null || record.active();
                    found.updatedAt = clock.instant();
                    return audit.record(caller, "INSPECTOR_CHANGED", "inspector", id.toString(), before,
                            auditState(found), null);
                })
                .map(InspectorRosterService::toAdmin);
    }

    /**
     * Active inspectors who may inspect in a division: those of the division itself, of the city and province
     * above it, and of the divisions inside it; in id order.
     */
    Uni<List<Inspector>> eligible(String division) {
        return inspectors.list("active = true").map(list -> list.stream()
                .filter(i -> related(i.divisionCode, division))
                .sorted(Comparator.comparing(i -> i.id.toString()))
                .toList());
    }

    Uni<List<Inspector>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : inspectors.list("id in ?1", ids);
    }

    /** Whether an inspector of one division may work in another: one lies inside the other. */
    static boolean related(String inspectorDivision, String division) {
        return Caller.covers(List.of(inspectorDivision), division) || Caller.covers(List.of(division), inspectorDivision);
    }

    private Uni<Void> checkDivision(Caller caller, String division) {
        if (!caller.covers(division)) {
            return Uni.createFrom().failure(ProblemException.notFound("行政区划 " + division + " 不在你的辖区内。",
                    "Division " + division + " is not one of your districts."));
        }
        return divisions.names(division)
                .onItem().ifNull().failWith(() -> ProblemException.invalidParameter("divisionCode", "不是已知的行政区划", "is not a known division"))
                .replaceWithVoid();
    }

    /** Ids and employee numbers only: names stay out of the audit trail. */
    private static String auditState(Inspector i) {
        return "{\"divisionCode\":\"" + i.divisionCode + "\",\"employeeNumber\":\"" + i.employeeNumber.replace("\"", "")
                + "\",\"active\":" + i.active + "}";
    }

    static AdminInspector toAdmin(Inspector i) {
        return new AdminInspector(i.id, i.divisionCode, i.name, i.employeeNumber, i.active);
    }
}
