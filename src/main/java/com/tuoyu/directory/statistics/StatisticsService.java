package com.tuoyu.directory.statistics;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Public statistics per division (seed 001, 003, 004): filed nurseries, slots, slots per 1,000 residents against the
 * target, inclusive shares, occupancy (enrolled ÷ slots), the enrolment rate 入托率 (children in care ÷ children under
 * three, an estimate while those children are) and substantiated complaints per 100 slots. A city or province adds up
 * the county-level divisions inside it. Residents are known for some counties only, so slots per 1,000 residents
 * divides the slots of those counties by their residents and says how much of the division that is: never a
 * province's ratio from all its slots over part of its residents.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StatisticsService {

    /** Where the residents of the statistics come from; the README of reference/ says more. */
    public static final String RESIDENTS_SOURCE = "reference/divisions.csv: residents of the demo counties only "
            + "(rounded figures after the 2020 census); no data package with the 2020 census (第七次全国人口普查) "
            + "county figures was found, so every other county has none (NO_SOURCE)";

    /**
     * Children under three come only from the figures file, whose values are estimates (about 2.2% of residents):
     * every known figure is an estimate until a source with counted children exists.
     */
    static final boolean CHILDREN_ESTIMATED = true;

    private final DivisionService divisions;
    private final DivisionFiguresService figures;
    private final StatisticsConfig config;
    private final Clock clock;

    @WithSession
    @ShedsLoad(EndpointFamily.STATISTICS)
    public Uni<PublicDivisionStatistics> statistics(String code) {
        RequestParameters.divisionCode("code", code, true);
        return divisions.area(code).chain(area -> figures.figures(code, area.residentCounties()).map(f -> {
            long residents = area.residents();
            Long children = area.childrenUnderThree();
            double target = config.slotsPerThousandResidentsTarget();
            Double perThousand = residents == 0 ? null : ratio(f.slotsInResidentCounties() * 1000.0, residents);
            Double occupancy = f.slots() == 0 ? null : ratio(f.enrolled(), f.slots());
            return new PublicDivisionStatistics(area.code(), area.name(), area.level(),
                    LocalDate.now(clock), area.counties(), residents,
                    new PublicDivisionStatistics.ResidentsCoverage(area.countiesWithResidents(), area.counties(),
                            f.slotsInResidentCounties()),
                    area.wholeArea(), RESIDENTS_SOURCE,
                    area.countiesWithoutResidents().stream().map(c -> new PublicDivisionStatistics.CountyWithoutResidents(
                            c.code(), c.name(), PublicDivisionStatistics.Reason.NO_SOURCE)).toList(),
                    children, children == null ? null : CHILDREN_ESTIMATED,
                    f.filedNurseries(), f.inclusiveNurseries(), f.slots(), f.inclusiveSlots(), f.enrolled(),
                    perThousand, target, perThousand == null ? null : perThousand >= target,
                    f.filedNurseries() == 0 ? null : ratio(f.inclusiveNurseries(), f.filedNurseries()),
                    f.slots() == 0 ? null : ratio(f.inclusiveSlots(), f.slots()),
                    occupancy, occupancy,
                    children == null || children == 0 ? null : ratio(f.enrolled(), children),
                    children == null || children == 0 ? null : ratio(f.slots() * 100.0, children),
                    f.substantiatedComplaintsLast12Months(),
                    f.slots() == 0 ? null : ratio(f.substantiatedComplaintsLast12Months() * 100.0, f.slots()));
        }));
    }

    /** A ratio rounded to 4 decimals. */
    static double ratio(double numerator, double denominator) {
        return Math.round(numerator / denominator * 10_000) / 10_000.0;
    }
}
