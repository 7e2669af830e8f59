package com.tuoyu.directory.statistics;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.SlotCount;
import com.tuoyu.directory.division.DivisionLevel;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.DivisionArea;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.dto.ListedSummary;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.statistics.dto.CityIndicators;
import com.tuoyu.directory.statistics.dto.CityIndicatorsReport;
import com.tuoyu.directory.statistics.dto.ComplaintOutcome;
import com.tuoyu.directory.statistics.dto.IndicatorFigures;
import com.tuoyu.directory.statistics.dto.ProvinceCityRanking;
import com.tuoyu.directory.statistics.dto.ProvinceIndicators;
import com.tuoyu.directory.supervision.SeriousIncidents;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demonstration-city indicators (国卫人口发〔2021〕17号; Gansu's plan, seed 001) for the cities of a province and a year,
 * each beside the province's average, and the cities ranked. Whatever the number of nurseries, five batched queries
 * (the province's listed nurseries' summaries, their slots, complaint outcomes, serious incidents, the divisions) and sums in
 * memory: never a query per nursery or per city. Complaint figures come through {@link ComplaintOutcomes}, which the
 * complaint feature implements.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IndicatorsService {

    /** The notice that started the demonstration cities was issued in 2021; no indicator year before it. */
    static final int FIRST_YEAR = 2021;

    private final DivisionService divisions;
    private final NurseriesInScope nurseries;
    private final DisclosureService disclosures;
    private final ComplaintOutcomes complaints;
    private final SeriousIncidents incidents;
    private final StatisticsConfig config;
    private final StatisticsCache cache;
    private final Clock clock;

    /** A province's cities ranked; a problem for a code that is not a province or a year out of range. */
    @WithSession
    @ShedsLoad(EndpointFamily.STATISTICS)
    public Uni<ProvinceCityRanking> ranking(String code, Integer year) {
        return checked(code, year, DivisionLevel.PROVINCE, "省级行政区划代码，例如 360000", "a province (省级) code, e.g. 360000")
                .chain(y -> compute(code, y).map(r -> new ProvinceCityRanking(y, LocalDate.now(clock), r.province(),
                        r.cities())));
    }

    /** One city beside its province's average; a problem for a code that is not a city or a year out of range. */
    @WithSession
    @ShedsLoad(EndpointFamily.STATISTICS)
    public Uni<CityIndicatorsReport> city(String code, Integer year) {
        return checked(code, year, DivisionLevel.CITY, "地级市行政区划代码，例如 360100",
                "a prefecture-level city (地级) code, e.g. 360100")
                .chain(y -> compute(code.substring(0, 2) + "0000", y).map(r -> new CityIndicatorsReport(y,
                        LocalDate.now(clock), r.cities().stream().filter(c -> c.code().equals(code)).findFirst()
                        .orElseThrow(), r.province())));
    }

    /** A province's indicators for a year and its cities ranked: what StatisticsCache keeps per province. */
    record Ranked(ProvinceIndicators province, List<CityIndicators> cities) {
    }

    /** The year asked for (this year by default) once the code is a division of the expected level. */
    private Uni<Integer> checked(String code, Integer year, DivisionLevel level, String expectedZh, String expected) {
        int thisYear = LocalDate.now(clock).getYear();
        int y = year == null ? thisYear : year;
        return Uni.createFrom().voidItem()
                .invoke(() -> RequestParameters.divisionCode("code", code, true))
                .chain(() -> y < FIRST_YEAR || y > thisYear
                        ? Uni.createFrom().failure(ProblemException.invalidParameter("year",
                                "必须在 " + FIRST_YEAR + " 到 " + thisYear + " 之间", "must be between " + FIRST_YEAR + " and " + thisYear))
                        : divisions.area(code))
                .chain(area -> area.level() == level ? Uni.createFrom().item(y)
                        : Uni.createFrom().failure(ProblemException.invalidParameter("code", "必须是" + expectedZh, "must be " + expected)));
    }

    private Uni<Ranked> compute(String province, int year) {
        return cache.province(province, year, () -> computeUncached(province, year));
    }

    private Uni<Ranked> computeUncached(String province, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return divisions.area(province).chain(provinceArea -> divisions.cityAreas(province).chain(cityAreas ->
                nurseries.summariesIn(province).chain(all -> {
                    List<ListedSummary> listed = all.stream().filter(n -> filedBy(n, until)).toList();
                    List<UUID> ids = listed.stream().map(ListedSummary::id).toList();
                    return disclosures.slotCounts(ids).chain(slots -> complaints.outcomes(ids, from, until)
                            .chain(outcomes -> incidents.counts(ids, from, until).map(serious ->
                                    rank(provinceArea, cityAreas, listed, slots, outcomes, serious))));
                })));
    }

    /** Listed nurseries count for a year once filed before its end; a listed nursery without a filing day counts. */
    private static boolean filedBy(ListedSummary n, LocalDate until) {
        return n.filedOn() == null || n.filedOn().isBefore(until);
    }

    private Ranked rank(DivisionArea provinceArea, List<DivisionArea> cityAreas, List<ListedSummary> listed,
                        Map<UUID, SlotCount> slots, Map<UUID, ComplaintOutcome> outcomes, Map<UUID, Long> serious) {
        Map<String, IndicatorTally> byCity = new LinkedHashMap<>();
        Map<String, DivisionArea> areaByPrefix = new LinkedHashMap<>();
        for (DivisionArea city : cityAreas) {
            byCity.put(city.code().substring(0, 4), new IndicatorTally());
            areaByPrefix.put(city.code().substring(0, 4), city);
        }
        IndicatorTally total = new IndicatorTally();
        for (ListedSummary n : listed) {
            String prefix = n.divisionCode().substring(0, 4);
            IndicatorTally city = byCity.get(prefix);
            DivisionArea area = areaByPrefix.get(prefix);
            IndicatorTally one = new IndicatorTally();
            one.add(n, area != null && area.residentCounties().contains(n.divisionCode()),
                    slots.getOrDefault(n.id(), SlotCount.NONE), outcomes.getOrDefault(n.id(), ComplaintOutcome.NONE),
                    serious.getOrDefault(n.id(), 0L));
            if (city != null) {
                city.add(one);
            }
            total.add(one);
        }
        double target = config.slotsPerThousandResidentsTarget();
        IndicatorFigures provinceFigures = total.figures(provinceArea, target);
        double perCity = cityAreas.isEmpty() ? 0 : StatisticsService.ratio(total.nurseries, cityAreas.size());
        ProvinceIndicators province = new ProvinceIndicators(provinceArea.code(), provinceArea.name(),
                cityAreas.size(), provinceFigures, perCity);
        List<IndicatorFigures> figures = new ArrayList<>();
        for (DivisionArea city : cityAreas) {
            figures.add(byCity.get(city.code().substring(0, 4)).figures(city, target));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cityAreas.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Double>comparing(i -> figures.get(i).slotsPerThousandResidents(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(i -> figures.get(i).childEnrolmentRate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(i -> figures.get(i).filedNurseries(), Comparator.reverseOrder())
                .thenComparing(i -> cityAreas.get(i).code()));
        List<CityIndicators> cities = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            IndicatorFigures f = figures.get(i);
            cities.add(new CityIndicators(cityAreas.get(i).code(), cityAreas.get(i).name(), rank + 1, f,
                    atOrAbove(f.slotsPerThousandResidents(), provinceFigures.slotsPerThousandResidents()),
                    atOrAbove(f.childEnrolmentRate(), provinceFigures.childEnrolmentRate()),
                    f.filedNurseries() >= perCity, f.seriousIncidents() == 0));
        }
        return new Ranked(province, cities);
    }

    private static Boolean atOrAbove(Double value, Double average) {
        return value == null || average == null ? null : value >= average;
    }
}
