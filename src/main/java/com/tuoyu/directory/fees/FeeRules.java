package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inclusive rule (普惠): an inclusive nursery's fees stay at or below the district's guide price in force. */
public final class FeeRules {

    private FeeRules() {
    }

    /** A price of one care type and age group from a date: a nursery's fee or a district's guide price. */
    public record Price(CareType careType, AgeGroup ageGroup, int amountYuan, LocalDate effectiveFrom) {
    }

    /** A fee above the guide price in force on the day that is judged. */
    public record Excess(Price fee, Price guide) {

        /** The day the fee first exceeded the guide: the later of the two start dates. */
        public LocalDate since() {
            return fee.effectiveFrom().isAfter(guide.effectiveFrom()) ? fee.effectiveFrom() : guide.effectiveFrom();
        }

        /** The excess in Chinese, for the problem's Chinese wording. */
        public String describeZh() {
            return fee.careType() + " " + fee.ageGroup() + " 收费 " + fee.amountYuan() + " 元（" + fee.effectiveFrom()
                    + " 起）超过指导价 " + guide.amountYuan() + " 元（" + guide.effectiveFrom() + " 起）";
        }

        public String describe() {
            return fee.careType() + " " + fee.ageGroup() + " fee " + fee.amountYuan() + " yuan (from "
                    + fee.effectiveFrom() + ") exceeds the guide price " + guide.amountYuan() + " yuan (from "
                    + guide.effectiveFrom() + ")";
        }
    }

    /** The price in force on a day per care type and age group: the latest one starting on or before it. */
    public static Map<String, Price> inForce(List<Price> prices, LocalDate day) {
        Map<String, Price> found = new LinkedHashMap<>();
        prices.stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .sorted(Comparator.comparing(Price::effectiveFrom))
                .forEach(p -> found.put(key(p), p));
        return found;
    }

    /**
     * Fees above the guide price: every fee in force on {@code day} against the guide price in force that day, and
     * every fee announced for later against the guide price in force on its own first day. Fees of a care type and
     * group the district sets no guide price for are not limited.
     */
    public static List<Excess> feesAboveGuide(List<Price> fees, List<Price> guides, LocalDate day) {
        List<Excess> excesses = new ArrayList<>();
        Map<String, Price> guidesToday = inForce(guides, day);
        for (Price fee : inForce(fees, day).values()) {
            Price guide = guidesToday.get(key(fee));
            if (guide != null && fee.amountYuan() > guide.amountYuan()) {
                excesses.add(new Excess(fee, guide));
            }
        }
        fees.stream().filter(f -> f.effectiveFrom().isAfter(day)).sorted(Comparator.comparing(Price::effectiveFrom))
                .forEach(fee -> {
                    Price guide = inForce(guides, fee.effectiveFrom()).get(key(fee));
                    if (guide != null && fee.amountYuan() > guide.amountYuan()) {
                        excesses.add(new Excess(fee, guide));
                    }
                });
        return excesses;
    }

    /** Only the fees in force on {@code day} above the guide price in force that day. */
    public static List<Excess> feesInForceAboveGuide(List<Price> fees, List<Price> guides, LocalDate day) {
        return feesAboveGuide(fees.stream().filter(f -> !f.effectiveFrom().isAfter(day)).toList(), guides, day);
    }

    private static String key(Price p) {
        return p.careType() + ":" + p.ageGroup();
    }
}
