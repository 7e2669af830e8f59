package com.tuoyu.directory.fees;

import com.tuoyu.directory.fees.dto.PublicFee;
import com.tuoyu.directory.fees.dto.PublicFees;
import com.tuoyu.directory.fees.dto.PublicOneOffFee;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public fee schedule: the fee in force per care type and group with the guide price it is judged against,
 * announced fees with the guide price of their first day, the history, and one-off fees.
 */
final class PublicFeeSchedule {

    private PublicFeeSchedule() {
    }

    private record FeeKey(CareType careType, AgeGroup ageGroup) {
    }

    static PublicFees of(List<Fee> rows, List<OneOffFee> oneOffRows, List<GuidePrice> guideRows,
                                   LocalDate today) {
        Map<FeeKey, List<Fee>> byKey = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Fee fee) -> fee.careType).thenComparing(fee -> fee.ageGroup)
                        .thenComparing(fee -> fee.effectiveFrom))
                .forEach(fee -> byKey.computeIfAbsent(new FeeKey(fee.careType, fee.ageGroup), k -> new ArrayList<>()).add(fee));
        Map<FeeKey, List<GuidePrice>> guides = new LinkedHashMap<>();
        guideRows.stream().sorted(Comparator.comparing(g -> g.effectiveFrom))
                .forEach(g -> guides.computeIfAbsent(new FeeKey(g.careType, g.ageGroup), k -> new ArrayList<>()).add(g));

        List<PublicFee> current = new ArrayList<>();
        List<PublicFee> scheduled = new ArrayList<>();
        List<PublicFee> history = new ArrayList<>();
        byKey.forEach((key, versions) -> {
            List<GuidePrice> guideVersions = guides.getOrDefault(key, List.of());
            Fee inForce = versions.stream().filter(fee -> !fee.effectiveFrom.isAfter(today))
                    .reduce((earlier, later) -> later).orElse(null);
            for (Fee fee : versions) {
                if (fee == inForce) {
                    current.add(fee(fee, guideAt(guideVersions, today)));
                } else if (fee.effectiveFrom.isAfter(today)) {
                    scheduled.add(fee(fee, guideAt(guideVersions, fee.effectiveFrom)));
                } else {
                    history.add(fee(fee, guideAt(guideVersions, fee.effectiveFrom)));
                }
            }
        });
        scheduled.sort(Comparator.comparing(PublicFee::effectiveFrom));
        history.sort(Comparator.comparing(PublicFee::effectiveFrom).reversed());

        Map<String, List<OneOffFee>> oneOffByName = new LinkedHashMap<>();
        oneOffRows.stream().sorted(Comparator.comparing((OneOffFee o) -> o.name).thenComparing(o -> o.effectiveFrom))
                .forEach(o -> oneOffByName.computeIfAbsent(o.name, k -> new ArrayList<>()).add(o));
        List<PublicOneOffFee> oneOff = new ArrayList<>();
        List<PublicOneOffFee> oneOffScheduled = new ArrayList<>();
        oneOffByName.forEach((name, versions) -> {
            versions.stream().filter(o -> !o.effectiveFrom.isAfter(today)).reduce((earlier, later) -> later)
                    .ifPresent(o -> oneOff.add(new PublicOneOffFee(o.name, o.amountYuan, o.effectiveFrom)));
            versions.stream().filter(o -> o.effectiveFrom.isAfter(today))
                    .forEach(o -> oneOffScheduled.add(new PublicOneOffFee(o.name, o.amountYuan, o.effectiveFrom)));
        });
        oneOffScheduled.sort(Comparator.comparing(PublicOneOffFee::effectiveFrom));
        return new PublicFees(today, current, scheduled, history, oneOff, oneOffScheduled);
    }

    /** The guide price in force on a date: the latest one taking effect on or before it. */
    private static GuidePrice guideAt(List<GuidePrice> versionsOldestFirst, LocalDate date) {
        GuidePrice found = null;
        for (GuidePrice g : versionsOldestFirst) {
            if (!g.effectiveFrom.isAfter(date)) {
                found = g;
            }
        }
        return found;
    }

    private static PublicFee fee(Fee fee, GuidePrice guide) {
        return new PublicFee(fee.careType.term(),
                fee.ageGroup.term(), fee.amountYuan, FeeUnit.of(fee.careType),
                fee.mealFeeYuan, fee.effectiveFrom,
                guide == null ? null : guide.amountYuan,
                guide == null ? null : fee.amountYuan <= guide.amountYuan);
    }

}
