package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national standard applied to disclosures (托育机构设置标准（试行）): class sizes per age group are a hard limit
 * (a revision over it is refused); carer-to-child ratios are computed and flagged, never refused, because a nursery
 * short of carers must still be disclosed as it is. And the inclusive rule: an inclusive nursery's fees stay at or
 * below the district's guide price in force.
 */
public final class DisclosureRules {

    /** Longest CCTV retention accepted as plausible (ten years). */
    public static final int MAXIMUM_CCTV_RETENTION_DAYS = 3650;

    private DisclosureRules() {
    }

    /** Problems that make a capacity section unacceptable: duplicate groups, enrolment over slots, classes over the limit. */
    public static List<Problem.FieldError> capacityErrors(List<AdminCapacityUpdate.Group> groups) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<AgeGroup> seen = EnumSet.noneOf(AgeGroup.class);
        for (int i = 0; i < groups.size(); i++) {
            AdminCapacityUpdate.Group g = groups.get(i);
            String at = "groups[" + i + "]";
            if (!seen.add(g.ageGroup())) {
                errors.add(new Problem.FieldError(at + ".ageGroup", g.ageGroup() + " is listed twice"));
            }
            if (g.enrolled() > g.slots()) {
                errors.add(new Problem.FieldError(at + ".enrolled",
                        "must not exceed slots (" + g.enrolled() + " enrolled, " + g.slots() + " slots)"));
            }
            if (g.slots() > 0 && g.classes() == 0) {
                errors.add(new Problem.FieldError(at + ".classes", "must be at least 1 when there are slots"));
            } else if (g.slots() > (long) g.classes() * g.ageGroup().maxClassSize()) {
                errors.add(new Problem.FieldError(at + ".slots", g.ageGroup().label() + " classes hold at most "
                        + g.ageGroup().maxClassSize() + " children: " + g.slots() + " slots need at least "
                        + classesNeeded(g.ageGroup(), g.slots()) + " classes, " + g.classes() + " reported"));
            }
        }
        return errors;
    }

    static int classesNeeded(AgeGroup group, int children) {
        return (children + group.maxClassSize() - 1) / group.maxClassSize();
    }

    /** The fewest carers the standard asks for this many children of the group. */
    public static int carersNeeded(AgeGroup group, int enrolled) {
        return (enrolled + group.childrenPerCarer() - 1) / group.childrenPerCarer();
    }

    /** A flag per age group whose carers fall short of the standard ratio for the children enrolled. */
    public static List<AdminFlag> ratioFlags(Map<AgeGroup, int[]> enrolledAndCarers) {
        List<AdminFlag> flags = new ArrayList<>();
        enrolledAndCarers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            AgeGroup group = e.getKey();
            int enrolled = e.getValue()[0];
            int carers = e.getValue()[1];
            int needed = carersNeeded(group, enrolled);
            if (carers < needed) {
                flags.add(new AdminFlag("CARER_RATIO_BELOW_STANDARD", "carers[" + group + "]", group.label() + ": "
                        + enrolled + " children need at least " + needed + " carers (1:" + group.childrenPerCarer()
                        + "), " + carers + " recorded"));
            }
        });
        return flags;
    }

    /** Problems with the CCTV facts: retention required with CCTV, absent without, and plausible. */
    public static List<Problem.FieldError> cctvErrors(boolean installed, Integer retentionDays) {
        if (!installed) {
            return retentionDays == null ? List.of()
                    : List.of(new Problem.FieldError("cctvRetentionDays", "must be absent without CCTV"));
        }
        if (retentionDays == null) {
            return List.of(new Problem.FieldError("cctvRetentionDays", "is required when CCTV is installed"));
        }
        if (retentionDays < 1 || retentionDays > MAXIMUM_CCTV_RETENTION_DAYS) {
            return List.of(new Problem.FieldError("cctvRetentionDays",
                    "must be between 1 and " + MAXIMUM_CCTV_RETENTION_DAYS + " days"));
        }
        return List.of();
    }

    /** CCTV kept shorter than the local minimum: accepted, flagged. */
    public static List<AdminFlag> cctvFlags(boolean installed, Integer retentionDays) {
        if (installed && retentionDays != null && retentionDays < DisclosureService.MINIMUM_CCTV_RETENTION_DAYS) {
            return List.of(new AdminFlag("CCTV_RETENTION_BELOW_MINIMUM", "cctvRetentionDays", "footage kept "
                    + retentionDays + " days, the minimum is " + DisclosureService.MINIMUM_CCTV_RETENTION_DAYS));
        }
        return List.of();
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
