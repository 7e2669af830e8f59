package com.tuoyu.directory.disclosure;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.disclosure.dto.PublicSections;
import com.tuoyu.directory.disclosure.dto.SectionRisk;
import com.tuoyu.directory.disclosure.dto.SlotCount;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.tuoyu.directory.disclosure.dto.DisclosureImport.rowId;

/**
 * The disclosed sections (capacity, staff, permits, safety) as other features read them: the public page, the
 * search projection, the statistics and the risk score, each in one query per section for many nurseries.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DisclosureService {

    /** Footage must be kept at least this long (seed 004). */
    public static final int MINIMUM_CCTV_RETENTION_DAYS = 90;
    /** Vacancies reported longer ago than this are unknown: a parent must never be told of a place that is gone. */
    public static final int VACANCY_FRESHNESS_DAYS = 30;
    /** A permit expiring within this many days is flagged. */
    public static final int PERMIT_EXPIRY_WARNING_DAYS = 60;

    private final CapacityRepository capacities;
    private final StaffingRepository staffing;
    private final PermitRepository permits;
    private final Instance<DisclosureImportPart> otherParts;

    /**
     * Records a nursery's disclosure as taken in from an existing register, fees and supervision records included
     * (through their features), in one transaction. Row ids derive from the nursery's.
     */
    @WithTransaction
    public Uni<Void> importDisclosure(UUID nurseryId, DisclosureImport source) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < source.capacity().size(); i++) {
            DisclosureImport.CapacityRow row = source.capacity().get(i);
            Capacity capacity = new Capacity();
            capacity.id = rowId(nurseryId, "capacity", i);
            capacity.nurseryId = nurseryId;
            capacity.ageGroup = row.ageGroup();
            capacity.slots = row.slots();
            capacity.enrolled = row.enrolled();
            capacity.carers = row.carers();
            capacity.asOf = row.asOf();
            rows.add(capacity);
        }
        if (source.staffing() != null) {
            DisclosureImport.StaffingRow row = source.staffing();
            Staffing staff = new Staffing();
            staff.nurseryId = nurseryId;
            staff.healthStaff = row.healthStaff();
            staff.securityStaff = row.securityStaff();
            staff.qualifiedShare = row.qualifiedShare();
            staff.healthCertificateShare = row.healthCertificateShare();
            staff.asOf = row.asOf();
            rows.add(staff);
        }
        for (int i = 0; i < source.permits().size(); i++) {
            DisclosureImport.PermitRow row = source.permits().get(i);
            Permit permit = new Permit();
            permit.id = rowId(nurseryId, "permit", i);
            permit.nurseryId = nurseryId;
            permit.kind = row.kind();
            permit.number = row.number();
            permit.issuedOn = row.issuedOn();
            permit.validUntil = row.validUntil();
            rows.add(permit);
        }
        // The session allows one operation at a time: the other features' parts follow one after another.
        Uni<Void> done = capacities.getSession().chain(session -> session.persistAll(rows.toArray()));
        for (DisclosureImportPart part : otherParts) {
            done = done.chain(() -> part.importPart(nurseryId, source));
        }
        return done;
    }

    /** The public sections of a listed nursery as of {@code today}. */
    @WithSession
    public Uni<PublicSections> publicSections(ListedNursery nursery, LocalDate today) {
        UUID id = nursery.id();
        return capacities.listForNursery(id).chain(capacity -> staffing.findById(id)
                .chain(staff -> permits.listForNursery(id).map(permitRows ->
                        DisclosedSections.of(nursery, capacity, staff, permitRows, today))));
    }

    /** The age groups of each nursery asked for, youngest first, for the search projection. */
    @WithSession
    public Uni<Map<UUID, List<DisclosureSummary.Group>>> capacityGroups(Collection<UUID> nurseryIds) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return capacities.list("nurseryId in ?1", nurseryIds).map(rows -> rows.stream()
                .sorted(Comparator.comparing(c -> c.ageGroup))
                .collect(Collectors.groupingBy(c -> c.nurseryId, Collectors.mapping(
                        c -> new DisclosureSummary.Group(c.ageGroup, c.slots, c.enrolled, c.asOf), Collectors.toList()))));
    }

    /** Slots and enrolled children of each nursery asked for; a nursery with no capacity section is absent. */
    @WithSession
    public Uni<Map<UUID, SlotCount>> slotCounts(Collection<UUID> nurseryIds) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // Summed in SQL and bound as one array: a province's thousands of ids as an IN list were a fresh HQL plan and
        // an entity per class type each time (the public figures' main cost at 100,000 nurseries).
        return capacities.getSession().chain(session -> session.createNativeQuery("""
                        select cast(nursery_id as text), sum(slots), sum(enrolled) from capacity
                        where nursery_id = any(cast(cast(?1 as text[]) as uuid[])) group by nursery_id
                        """, Object[].class)
                .setParameter(1, nurseryIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList())
                .map(rows -> {
                    Map<UUID, SlotCount> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put(UUID.fromString((String) row[0]), new SlotCount(((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue()));
                    }
                    return counts;
                });
    }

    /** Expired permits and carer ratio breaches of each nursery asked for, as of {@code today}. */
    @WithSession
    public Uni<Map<UUID, SectionRisk>> sectionRisks(Collection<UUID> nurseryIds, LocalDate today) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return permits.list("nurseryId in ?1", nurseryIds).chain(permitRows -> capacities.list("nurseryId in ?1", nurseryIds)
                .map(capacityRows -> {
                    Map<UUID, List<Permit>> permitsBy = permitRows.stream().collect(Collectors.groupingBy(p -> p.nurseryId));
                    Map<UUID, List<Capacity>> capacityBy = capacityRows.stream().collect(Collectors.groupingBy(c -> c.nurseryId));
                    return nurseryIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> new SectionRisk(
                            DisclosureRules.expiredPermits(permitsBy.getOrDefault(id, List.of()), today),
                            DisclosureRules.ratioBreaches(capacityBy.getOrDefault(id, List.of())))));
                }));
    }
}
