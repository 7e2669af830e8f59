package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.SectionRisk;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.dto.ListedSummary;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Supervision risk per nursery (see {@link RiskScore} for the weights), one or a whole division at a time. */
@ApplicationScoped
@RequiredArgsConstructor
public class RiskService {

    private final NurseriesInScope nurseries;
    private final DisclosureService disclosures;
    private final PenaltyRepository penalties;
    private final SubstantiatedComplaints complaints;
    private final DivisionLabels labels;
    private final RiskRankings rankings;
    private final Clock clock;

    /** The risk of one listed nursery in the caller's districts; 404 otherwise. */
    @WithSession
    public Uni<AdminRisk> risk(Caller caller, UUID nurseryId) {
        return nurseries.listed(caller, nurseryId)
                .chain(n -> scores(List.of(new ListedSummary(n.id(), n.name(), n.divisionCode(), n.inclusive(),
                        n.latitude(), n.longitude(), n.filing() == null ? null : n.filing().filedOn())), CoordinateSystem.WGS84))
                .map(list -> list.get(0));
    }

    /** Every listed nursery of a division, riskiest first, placed in the coordinate system asked for. */
    @WithSession
    public Uni<List<AdminRisk>> ranking(Caller caller, String division, CoordinateSystem coordinates) {
        return Uni.createFrom().item(() -> RequestParameters.divisionCode("division", division, true))
                .chain(() -> caller.covers(division)
                        ? rankings.get(division, coordinates, () -> nurseries.summariesIn(division)
                                .chain(list -> scores(list, coordinates))
                                .map(list -> list.stream()
                                        .sorted(Comparator.comparingDouble(AdminRisk::score).reversed()
                                                .thenComparing(r -> r.nurseryId().toString()))
                                        .toList()))
                        : Uni.createFrom().failure(ProblemException.notFound("行政区划 " + division + " 不在你的辖区内。",
                                "Division " + division + " is not one of your districts.")));
    }

    /** The risk of every listed nursery of a division, in the order of their ids. */
    Uni<List<AdminRisk>> scoresIn(String division) {
        return nurseries.summariesIn(division).chain(list -> scores(list, CoordinateSystem.WGS84));
    }

    /** What a score is computed from, counted for many nurseries at once. */
    private record Inputs(Map<UUID, SectionRisk> sections, Map<UUID, Long> penalties, Map<UUID, LocalDate> lastInspected,
                          Set<UUID> blackListed, Map<UUID, Integer> complaints, Map<String, DivisionLabel> divisions) {
    }

    /**
     * Risk of each nursery, in the order given: each factor is one grouped query over all of them (counts, the latest
     * date, the black-listed ones), never a query or a loaded record per nursery. The session runs one at a time.
     */
    Uni<List<AdminRisk>> scores(List<ListedSummary> list, CoordinateSystem coordinates) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = list.stream().map(ListedSummary::id).toList();
        return disclosures.sectionRisks(ids, today)
                .chain(sections -> perNursery("select p.nurseryId, count(*) from Penalty p where p.nurseryId in :ids "
                        + "and p.decidedOn >= :since group by p.nurseryId", ids, today.minusMonths(RiskScore.PENALTY_MONTHS))
                        .chain(penaltyRows -> perNursery("select i.nurseryId, max(i.inspectedOn) from Inspection i "
                                + "where i.nurseryId in :ids and i.inspectedOn <= :since group by i.nurseryId", ids, today)
                                .chain(inspectionRows -> blackListed(ids, today)
                                        .chain(blackRows -> complaints.counts(ids, today.minusMonths(RiskScore.COMPLAINT_MONTHS))
                                                .chain(counts -> labels.of(list.stream().map(ListedSummary::divisionCode)
                                                                .distinct().toList())
                                                        .map(names -> new Inputs(sections,
                                                                toMap(penaltyRows, Long.class),
                                                                toMap(inspectionRows, LocalDate.class),
                                                                Set.copyOf(blackRows),
                                                                counts, names)))))))
                .map(inputs -> list.stream().map(n -> score(n, inputs, today, coordinates)).toList());
    }

    private Uni<List<Object[]>> perNursery(String hql, List<UUID> ids, LocalDate since) {
        return penalties.getSession().chain(session -> session.createSelectionQuery(hql, Object[].class)
                .setParameter("ids", ids).setParameter("since", since).getResultList());
    }

    /** The nurseries on the black list today (an entry listed by today and not removed by then). */
    private Uni<List<UUID>> blackListed(List<UUID> ids, LocalDate today) {
        return penalties.getSession().chain(session -> session.createSelectionQuery("select distinct c.nurseryId "
                        + "from CreditEntry c where c.nurseryId in :ids and c.list = :black and c.listedOn <= :today "
                        + "and (c.removedOn is null or c.removedOn > :today)", UUID.class)
                .setParameter("ids", ids).setParameter("black", CreditList.BLACK).setParameter("today", today)
                .getResultList());
    }

    private static <T> Map<UUID, T> toMap(List<Object[]> rows, Class<T> type) {
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> type.cast(r[1])));
    }

    private static AdminRisk score(ListedSummary n, Inputs inputs, LocalDate today, CoordinateSystem coordinates) {
        UUID id = n.id();
        LocalDate last = inputs.lastInspected().get(id);
        SectionRisk sections = inputs.sections().getOrDefault(id, SectionRisk.NONE);
        RiskScore score = RiskScore.of(
                inputs.complaints().getOrDefault(id, 0),
                inputs.penalties().getOrDefault(id, 0L).intValue(),
                sections.expiredPermits(),
                sections.ratioBreaches(),
                last == null ? null : (int) ChronoUnit.DAYS.between(last, today),
                inputs.blackListed().contains(id));
        GeoPoint place = coordinates.fromWgs84(n.latitude(), n.longitude()).rounded();
        DivisionLabel county = inputs.divisions().get(n.divisionCode());
        return new AdminRisk(id, n.name(), n.divisionCode(), county == null ? n.divisionCode() : county.name(), today,
                score.score(), score.drawWeight(),
                score.components().stream().map(c -> new AdminRiskComponent(c.factor(), c.factor().text(),
                        c.value(), c.points())).toList(),
                place.latitude(), place.longitude(), coordinates);
    }
}
