package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.SectionRisk;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.supervision.dto.AdminRiskComponent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Supervision risk per nursery (see {@link RiskScore} for the weights), one or a whole division at a time. */
@ApplicationScoped
@RequiredArgsConstructor
public class RiskService {

    private final NurseriesInScope nurseries;
    private final DisclosureService disclosures;
    private final PenaltyRepository penalties;
    private final InspectionRepository inspections;
    private final CreditEntryRepository credit;
    private final SubstantiatedComplaints complaints;
    private final DivisionLabels labels;
    private final Clock clock;

    /** The risk of one listed nursery in the caller's districts; 404 otherwise. */
    @WithSession
    public Uni<AdminRisk> risk(Caller caller, UUID nurseryId) {
        return nurseries.listed(caller, nurseryId).chain(n -> scores(List.of(n), CoordinateSystem.WGS84)).map(list -> list.get(0));
    }

    /** Every listed nursery of a division, riskiest first, placed in the coordinate system asked for. */
    @WithSession
    public Uni<List<AdminRisk>> ranking(Caller caller, String division, CoordinateSystem coordinates) {
        return Uni.createFrom().item(() -> RequestParameters.divisionCode("division", division, true))
                .chain(() -> caller.covers(division) ? nurseries.listedIn(division)
                        : Uni.createFrom().failure(ProblemException.notFound("行政区划 " + division + " 不在你的辖区内。",
                                "Division " + division + " is not one of your districts.")))
                .chain(list -> scores(list, coordinates))
                .map(list -> list.stream()
                        .sorted(Comparator.comparingDouble(AdminRisk::score).reversed()
                                .thenComparing(r -> r.nurseryId().toString()))
                        .toList());
    }

    /** The risk of every listed nursery of a division, in the order of their ids. */
    Uni<List<AdminRisk>> scoresIn(String division) {
        return nurseries.listedIn(division).chain(list -> scores(list, CoordinateSystem.WGS84));
    }

    /** What a score is computed from, loaded for many nurseries at once. */
    private record Inputs(Map<UUID, SectionRisk> sections, Map<UUID, List<Penalty>> penalties,
                          Map<UUID, List<Inspection>> inspections, Map<UUID, List<CreditEntry>> credit,
                          Map<UUID, Integer> complaints, Map<String, DivisionLabel> divisions) {
    }

    /** Risk of each nursery, in the order given; the session runs one query at a time. */
    Uni<List<AdminRisk>> scores(List<ListedNursery> list, CoordinateSystem coordinates) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = list.stream().map(ListedNursery::id).toList();
        return disclosures.sectionRisks(ids, today)
                .chain(sections -> penalties.list("nurseryId in ?1 and decidedOn >= ?2", ids,
                                today.minusMonths(RiskScore.PENALTY_MONTHS))
                        .chain(penaltyRows -> inspections.list("nurseryId in ?1 and inspectedOn <= ?2", ids, today)
                                .chain(inspectionRows -> credit.list("nurseryId in ?1", ids)
                                        .chain(creditRows -> complaints.counts(ids, today.minusMonths(RiskScore.COMPLAINT_MONTHS))
                                                .chain(counts -> labels.of(list.stream().map(ListedNursery::divisionCode).toList())
                                                .map(divisions -> new Inputs(sections,
                                                        penaltyRows.stream().collect(Collectors.groupingBy(p -> p.nurseryId)),
                                                        inspectionRows.stream().collect(Collectors.groupingBy(i -> i.nurseryId)),
                                                        creditRows.stream().collect(Collectors.groupingBy(c -> c.nurseryId)),
                                                        counts, divisions)))))))
                .map(inputs -> {
                    List<AdminRisk> result = new ArrayList<>();
                    for (ListedNursery n : list) {
                        result.add(score(n, inputs, today, coordinates));
                    }
                    return result;
                });
    }

    private static AdminRisk score(ListedNursery n, Inputs inputs, LocalDate today, CoordinateSystem coordinates) {
        UUID id = n.id();
        LocalDate last = inputs.inspections().getOrDefault(id, List.of()).stream().map(i -> i.inspectedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        SectionRisk sections = inputs.sections().getOrDefault(id, SectionRisk.NONE);
        RiskScore score = RiskScore.of(
                inputs.complaints().getOrDefault(id, 0),
                inputs.penalties().getOrDefault(id, List.of()).size(),
                sections.expiredPermits(),
                sections.ratioBreaches(),
                last == null ? null : (int) ChronoUnit.DAYS.between(last, today),
                inputs.credit().getOrDefault(id, List.of()).stream().anyMatch(c -> c.list == CreditList.BLACK
                        && !c.listedOn.isAfter(today) && (c.removedOn == null || c.removedOn.isAfter(today))));
        GeoPoint place = coordinates.fromWgs84(n.latitude(), n.longitude()).rounded();
        DivisionLabel county = inputs.divisions().get(n.divisionCode());
        return new AdminRisk(id, n.name(), n.divisionCode(), county == null ? n.divisionCode() : county.name(), today,
                score.score(), score.drawWeight(),
                score.components().stream().map(c -> new AdminRiskComponent(c.factor(), c.factor().label(),
                        c.value(), c.points())).toList(),
                place.latitude(), place.longitude(), coordinates);
    }
}
