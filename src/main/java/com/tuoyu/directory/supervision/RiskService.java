package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.Capacity;
import com.tuoyu.directory.disclosure.CapacityRepository;
import com.tuoyu.directory.disclosure.Permit;
import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.PermitRepository;

import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.supervision.dto.AdminRiskComponent;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nursery.dto.NurseryState;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Supervision risk per nursery (see {@link RiskScore} for the weights), one or a whole division at a time. */
@ApplicationScoped
public class RiskService {

    private final NurseryService nurseries;
    private final PermitRepository permits;
    private final CapacityRepository capacities;
    private final PenaltyRepository penalties;
    private final InspectionRepository inspections;
    private final CreditEntryRepository credit;
    private final ComplaintService complaints;
    private final Clock clock;

    public RiskService(NurseryService nurseries, PermitRepository permits, CapacityRepository capacities,
                       PenaltyRepository penalties, InspectionRepository inspections, CreditEntryRepository credit,
                       ComplaintService complaints, Clock clock) {
        this.nurseries = nurseries;
        this.permits = permits;
        this.capacities = capacities;
        this.penalties = penalties;
        this.inspections = inspections;
        this.credit = credit;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** The risk of one listed nursery in the caller's districts; 404 otherwise. */
    @WithSession
    public Uni<AdminRisk> risk(Caller caller, UUID nurseryId) {
        return listedInScope(caller, nurseryId).chain(n -> scores(List.of(n))).map(list -> list.get(0));
    }

    /** Every listed nursery of a division, riskiest first. */
    @WithSession
    public Uni<List<AdminRisk>> ranking(Caller caller, String division) {
        RequestParameters.divisionCode("division", division, true);
        if (!caller.covers(division)) {
            throw ProblemException.notFound("Division " + division + " is not one of your districts.");
        }
        return listedIn(division).chain(this::scores).map(list -> list.stream()
                .sorted(Comparator.comparingDouble(AdminRisk::score).reversed()
                        .thenComparing(r -> r.nurseryId().toString()))
                .toList());
    }

    /** The nursery if it is listed and in the caller's districts, else a 404 problem. */
    Uni<ListedNursery> listedInScope(Caller caller, UUID nurseryId) {
        return nurseries.findListed(nurseryId).map(n -> {
            if (n == null || !caller.covers(n.divisionCode())) {
                throw ProblemException.notFound("There is no filed nursery " + nurseryId + " in your districts.");
            }
            return n;
        });
    }

    /**
     * The nurseries whose filing is in force in a division (a province or city includes what lies inside it), in
     * the order of their ids' text, which is also PostgreSQL's uuid order.
     */
    @WithSession
    public Uni<List<ListedNursery>> listedIn(String division) {
        String prefix = Caller.codePrefix(division);
        return nurseries.idsIn(prefix).chain(nurseries::states).map(states -> states.stream()
                .map(NurseryState::listed)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(n -> n.id().toString()))
                .toList());
    }

    /** Risk of each nursery, in the order given; the session runs one query at a time. */
    Uni<List<AdminRisk>> scores(List<ListedNursery> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = list.stream().map(ListedNursery::id).toList();
        Map<String, Object> loaded = new HashMap<>();
        return permits.list("nurseryId in ?1", ids).invoke(x -> loaded.put("permits", x))
                .chain(() -> capacities.list("nurseryId in ?1", ids)).invoke(x -> loaded.put("capacity", x))
                .chain(() -> penalties.list("nurseryId in ?1 and decidedOn >= ?2", ids,
                        today.minusMonths(RiskScore.PENALTY_MONTHS))).invoke(x -> loaded.put("penalties", x))
                .chain(() -> inspections.list("nurseryId in ?1 and inspectedOn <= ?2", ids, today))
                .invoke(x -> loaded.put("inspections", x))
                .chain(() -> credit.list("nurseryId in ?1", ids)).invoke(x -> loaded.put("credit", x))
                .chain(() -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> complaints
                                .substantiatedOutcomes(id, today.minusMonths(RiskScore.COMPLAINT_MONTHS))
                                .map(outcomes -> Map.entry(id, outcomes.size())))
                        .collect().asMap(Map.Entry::getKey, Map.Entry::getValue))
                .map(complaintCounts -> {
                    @SuppressWarnings("unchecked") Map<UUID, List<Permit>> permitsBy = group((List<Permit>) loaded.get("permits"), p -> p.nurseryId);
                    @SuppressWarnings("unchecked") Map<UUID, List<Capacity>> capacityBy = group((List<Capacity>) loaded.get("capacity"), c -> c.nurseryId);
                    @SuppressWarnings("unchecked") Map<UUID, List<Penalty>> penaltiesBy = group((List<Penalty>) loaded.get("penalties"), p -> p.nurseryId);
                    @SuppressWarnings("unchecked") Map<UUID, List<Inspection>> inspectionsBy = group((List<Inspection>) loaded.get("inspections"), i -> i.nurseryId);
                    @SuppressWarnings("unchecked") Map<UUID, List<CreditEntry>> creditBy = group((List<CreditEntry>) loaded.get("credit"), c -> c.nurseryId);
                    List<AdminRisk> result = new ArrayList<>();
                    for (ListedNursery n : list) {
                        UUID id = n.id();
                        LocalDate last = inspectionsBy.getOrDefault(id, List.of()).stream().map(i -> i.inspectedOn)
                                .max(Comparator.naturalOrder()).orElse(null);
                        RiskScore score = RiskScore.of(
                                complaintCounts.getOrDefault(id, 0),
                                penaltiesBy.getOrDefault(id, List.of()).size(),
                                expiredPermits(permitsBy.getOrDefault(id, List.of()), today),
                                ratioBreaches(capacityBy.getOrDefault(id, List.of())),
                                last == null ? null : (int) ChronoUnit.DAYS.between(last, today),
                                creditBy.getOrDefault(id, List.of()).stream().anyMatch(c -> c.list == CreditList.BLACK
                                        && !c.listedOn.isAfter(today) && (c.removedOn == null || c.removedOn.isAfter(today))));
                        result.add(new AdminRisk(id, n.name(), n.divisionCode(), today, score.score(), score.drawWeight(),
                                score.components().stream().map(c -> new AdminRiskComponent(c.factor(), c.factor().label(),
                                        c.value(), c.points())).toList()));
                    }
                    return result;
                });
    }

    /** Permit kinds whose latest permit (issued by today) has expired: a renewal clears the kind. */
    static int expiredPermits(List<Permit> permits, LocalDate today) {
        Map<PermitKind, Permit> latest = new EnumMap<>(PermitKind.class);
        for (Permit p : permits) {
            if (p.issuedOn.isAfter(today)) {
                continue;
            }
            Permit current = latest.get(p.kind);
            if (current == null || lastsLonger(p, current)) {
                latest.put(p.kind, p);
            }
        }
        return (int) latest.values().stream().filter(p -> p.validUntil != null && p.validUntil.isBefore(today)).count();
    }

    private static boolean lastsLonger(Permit a, Permit b) {
        if (b.validUntil == null) {
            return false;
        }
        return a.validUntil == null || a.validUntil.isAfter(b.validUntil);
    }

    /** Age groups whose enrolled children exceed what their carers may look after under the national standard. */
    static int ratioBreaches(List<Capacity> rows) {
        return (int) rows.stream().filter(c -> {
            AgeGroup group = c.ageGroup;
            return c.enrolled > c.carers * group.childrenPerCarer();
        }).count();
    }

    private static <T> Map<UUID, List<T>> group(List<T> rows, java.util.function.Function<T, UUID> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }
}
