package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.search.dto.PublicAppliedFilter;
import com.tuoyu.directory.search.dto.PublicFee;
import com.tuoyu.directory.search.dto.PublicLocation;
import com.tuoyu.directory.search.dto.PublicNurseryCard;
import com.tuoyu.directory.search.dto.PublicSearchHint;
import com.tuoyu.directory.search.dto.PublicWarning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Result cards, built the same way from a cached tile entry and from an Elasticsearch hit. A card never hides what
 * the nursery's page shows as a warning; whatever depends on the calendar (a recent penalty, an overdue inspection,
 * a black-list entry from a given day) is judged here on the day of the search, from the dates the index stores.
 */
final class SearchCards {

    /** Metres walked per minute (4.8 km/h). */
    static final double WALKING_METRES_PER_MINUTE = 80;
    /** Streets are longer than the straight line; a common planning factor. */
    static final double DETOUR_FACTOR = 1.3;
    static final int FIFTEEN_MINUTES = 15;

    private SearchCards() {
    }

    static PublicNurseryCard card(SearchCriteria c, NearbyEntry e, Double sortedMetres, Map<String, List<String>> highlight,
                                  LocalDate today) {
        Integer distance = null;
        Integer walking = null;
        Boolean withinCircle = null;
        if (c.origin() != null) {
            double metres = sortedMetres != null ? sortedMetres
                    : c.origin().metresTo(new GeoPoint(e.latitude(), e.longitude()));
            distance = (int) Math.round(metres);
            walking = (int) Math.ceil(metres * DETOUR_FACTOR / WALKING_METRES_PER_MINUTE);
            withinCircle = walking <= FIFTEEN_MINUTES;
        }
        LocalDate freshFrom = today.minusDays(SearchQueries.VACANCY_FRESH_DAYS);
        Boolean hasVacancy = e.vacancyAsOf() == null || e.vacancyAsOf().isBefore(freshFrom) ? null
                : e.hasVacancyIn(c.bandKey());
        Map<String, List<String>> highlights = highlight == null || highlight.isEmpty() ? null
                : highlight.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        // Unigram matches come one character at a time; join neighbouring marks into one.
                        h -> h.getValue().stream().map(fragment -> fragment.replace("</em><em>", "")).toList()));
        GeoPoint shown = c.coordinates().fromWgs84(e.latitude(), e.longitude()).rounded();
        return new PublicNurseryCard(e.id(), e.name(), e.operatorName(), e.address(), e.divisionCode(),
                new PublicLocation(shown.latitude(), shown.longitude()), distance, walking, withinCircle,
                Boolean.TRUE.equals(e.inclusive()), e.operatingModel(), e.careTypeList(), e.ageGroupList(),
                fee(c, e), hasVacancy, e.qualityGrade(), e.filedOn(), highlights, warnings(e, today),
                e.lastInspectedOn());
    }

    /** The warnings of a nursery on {@code today} (China's date), most serious first. */
    static List<PublicWarning> warnings(NearbyEntry e, LocalDate today) {
        List<PublicWarning> warnings = new ArrayList<>(2);
        if (e.blackListedFrom() != null && !e.blackListedFrom().isAfter(today)) {
            warnings.add(new PublicWarning("BLACK_LISTED", Text.of("已列入黑名单（" + chinese(e.blackListedFrom()) + "起）",
                    "On the black list since " + e.blackListedFrom()),
                    e.blackListedFrom()));
        }
        if (e.lastPenaltyOn() != null && !e.lastPenaltyOn().isBefore(SearchQueries.recentPenaltyFrom(today))) {
            warnings.add(new PublicWarning("RECENT_PENALTY", Text.of("近" + SearchCriteria.RECENT_PENALTY_MONTHS
                    + "个月内受过行政处罚（最近一次：" + chinese(e.lastPenaltyOn()) + "）",
                    "Administrative penalty within " + SearchCriteria.RECENT_PENALTY_MONTHS + " months (latest: "
                            + e.lastPenaltyOn() + ")"), e.lastPenaltyOn()));
        }
        if (Boolean.FALSE.equals(e.ratiosMeetStandard())) {
            warnings.add(new PublicWarning("CARER_RATIO_BELOW_STANDARD",
                    Text.of("保育人员配比低于国家标准", "Fewer carers than the national ratio"), null));
        }
        if (e.lastInspectedOn() == null) {
            warnings.add(new PublicWarning("NEVER_INSPECTED", Text.of("尚无监督检查记录", "Never inspected"), null));
        } else if (e.lastInspectedOn().isBefore(today.minusMonths(SearchCriteria.INSPECTION_DUE_MONTHS))) {
            warnings.add(new PublicWarning("NOT_INSPECTED_RECENTLY", Text.of("超过" + SearchCriteria.INSPECTION_DUE_MONTHS
                    + "个月未接受监督检查（最近一次：" + chinese(e.lastInspectedOn()) + "）",
                    "Not inspected for over " + SearchCriteria.INSPECTION_DUE_MONTHS + " months (latest: "
                            + e.lastInspectedOn() + ")"), e.lastInspectedOn()));
        }
        return warnings;
    }

    /**
     * The lowest fee for the care type searched (or the first care type with one) and the child's band: the class it
     * is for, and 起 when other classes cost more. With includeMeals the meal fee is counted, and the card says so.
     */
    static PublicFee fee(SearchCriteria c, NearbyEntry e) {
        CareType[] order = c.careType() != null ? new CareType[]{c.careType()} : CareType.values();
        boolean meals = c.includeMeals();
        for (CareType care : order) {
            int amount = e.fee(care, c.bandKey(), meals);
            if (amount == NearbyEntry.NO_FEE) {
                continue;
            }
            AgeGroup group = e.fees().ageGroup(care, c.bandKey(), meals);
            boolean several = e.fees().count(care, c.bandKey()) > 1;
            String unit = PublicFee.unitOf(care);
            Text label = Text.of((group == null ? "" : group.label() + " ") + amount + "元/" + unitLabel(unit)
                            + (several ? "起" : "") + (meals ? "（含餐费）" : ""),
                    (several ? "From " : "") + amount + " yuan/" + unit.toLowerCase(java.util.Locale.ROOT)
                            + (group == null ? "" : ", " + group.text().en()) + (meals ? ", meals included" : ""));
            return new PublicFee(care, amount, unit, group == null ? null : group.term(),
                    several, meals, label);
        }
        return null;
    }

    /** Why nothing can match before searching: a child younger than the youngest class. */
    static PublicSearchHint hint(SearchCriteria c) {
        if (!c.admitsNoChild()) {
            return null;
        }
        int youngest = java.util.Arrays.stream(AgeBand.values()).mapToInt(b -> b.fromMonths()).min().orElse(6);
        AgeGroup infant = AgeGroup.INFANT;
        return new PublicSearchHint("AGE_BELOW_YOUNGEST_CLASS", Text.of(c.ageMonths() + " 个月的孩子还不能入托：最小的"
                + infant.label() + "收 " + youngest + " 个月及以上的孩子，可以搜索 ageMonths=" + youngest + " 看看届时可报名的机构。",
                "No class takes a child of " + c.ageMonths() + " months: the youngest (" + infant.text().en() + ") takes "
                        + youngest + " months and older; search with ageMonths=" + youngest
                        + " to see where the child could join then."));
    }

    static List<PublicAppliedFilter> applied(SearchCriteria c) {
        return c.appliedFromQuery().isEmpty() ? null : c.appliedFromQuery().stream()
                .map(w -> new PublicAppliedFilter(w.word(), w.parameter(), w.value())).toList();
    }

    /** Whether the fees compared include meals; said only when the search compares fees. */
    static Boolean feeIncludesMeals(SearchCriteria c) {
        return c.feeMin() != null || c.feeMax() != null || c.sort() == SearchSort.FEE ? c.includeMeals() : null;
    }

    private static String unitLabel(String unit) {
        return switch (unit) {
            case "MONTH" -> "月";
            case "HOUR" -> "小时";
            default -> "天";
        };
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
