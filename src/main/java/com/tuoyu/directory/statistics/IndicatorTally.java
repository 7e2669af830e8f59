package com.tuoyu.directory.statistics;

import com.tuoyu.directory.disclosure.dto.SlotCount;
import com.tuoyu.directory.division.dto.DivisionArea;
import com.tuoyu.directory.nursery.dto.ListedSummary;
import com.tuoyu.directory.statistics.dto.ComplaintOutcome;
import com.tuoyu.directory.statistics.dto.IndicatorFigures;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;

import static com.tuoyu.directory.statistics.StatisticsService.ratio;

/**
 * The sums behind one city's (or the province's) indicators, added up nursery by nursery from the rows the batched
 * queries returned; turned into {@link IndicatorFigures} with the area's residents and children.
 */
final class IndicatorTally {

    int nurseries;
    int inclusive;
    long slots;
    long inclusiveSlots;
    long enrolled;
    long slotsInResidentCounties;
    long substantiated;
    long ratings;
    long ratingSum;
    long serious;

    void add(ListedSummary nursery, boolean countyHasResidents, SlotCount count, ComplaintOutcome complaints,
             long seriousIncidents) {
        nurseries++;
        slots += count.slots();
        enrolled += count.enrolled();
        if (countyHasResidents) {
            slotsInResidentCounties += count.slots();
        }
        if (nursery.inclusive()) {
            inclusive++;
            inclusiveSlots += count.slots();
        }
        substantiated += complaints.substantiated();
        ratings += complaints.ratings();
        ratingSum += complaints.ratingSum();
        serious += seriousIncidents;
    }

    void add(IndicatorTally other) {
        nurseries += other.nurseries;
        inclusive += other.inclusive;
        slots += other.slots;
        inclusiveSlots += other.inclusiveSlots;
        enrolled += other.enrolled;
        slotsInResidentCounties += other.slotsInResidentCounties;
        substantiated += other.substantiated;
        ratings += other.ratings;
        ratingSum += other.ratingSum;
        serious += other.serious;
    }

    IndicatorFigures figures(DivisionArea area, double target) {
        long residents = area.residents();
        Double perThousand = residents == 0 ? null : ratio(slotsInResidentCounties * 1000.0, residents);
        Long children = area.childrenUnderThree();
        boolean childrenKnown = children != null && children > 0;
        return new IndicatorFigures(nurseries, inclusive, slots, inclusiveSlots, enrolled, residents,
                new PublicDivisionStatistics.ResidentsCoverage(area.countiesWithResidents(), area.counties(),
                        slotsInResidentCounties),
                area.wholeArea(), perThousand, target, perThousand == null ? null : perThousand >= target,
                slots == 0 ? null : ratio(inclusiveSlots, slots),
                slots == 0 ? null : ratio(enrolled, slots),
                children,
                childrenKnown ? ratio(enrolled, children) : null,
                childrenKnown ? StatisticsService.CHILDREN_ESTIMATED : null,
                substantiated, slots == 0 ? null : ratio(substantiated * 100.0, slots),
                ratings, ratings == 0 ? null : ratio(ratingSum, ratings),
                serious);
    }
}
