package com.tuoyu.directory.comparison;

import com.tuoyu.directory.comparison.dto.ComparedCareType;
import com.tuoyu.directory.comparison.dto.ComparedNursery;
import com.tuoyu.directory.comparison.dto.ComparedVacancies;
import com.tuoyu.directory.comparison.dto.ComparisonRow;
import com.tuoyu.directory.disclosure.dto.PublicCarerRatio;
import com.tuoyu.directory.fees.FeeUnit;
import com.tuoyu.directory.fees.dto.PublicOneOffFee;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nurserypage.dto.PublicOpeningHours;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.supervision.dto.PublicInspection;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The comparison as rows to show, in the request's language. A row is marked {@code differs} when the values it
 * shows are not all the same, so what the parent sees marked is exactly what reads differently.
 */
final class ComparisonRows {

    private ComparisonRows() {
    }

    static List<ComparisonRow> of(List<ComparedNursery> columns, List<CareType> careTypes, boolean withDistance,
                                  Language language) {
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(row("inclusive", Text.of("普惠托育机构", "Inclusive nursery"), columns,
                c -> c.inclusive() ? Text.of("是", "yes") : Text.of("否", "no"), language));
        for (int i = 0; i < careTypes.size(); i++) {
            CareType careType = careTypes.get(i);
            int at = i;
            Text name = Text.of(careType.label(), englishName(careType));
            rows.add(row("fee." + careType.name(), name.then(Text.of("收费", "fee")), columns,
                    c -> fee(c.careTypes().get(at)), language));
            rows.add(row("meals." + careType.name(), name.then(Text.of("餐费", "meal fee")), columns,
                    c -> meals(c.careTypes().get(at)), language));
            if (FeeUnit.of(careType) == FeeUnit.MONTH) {
                rows.add(row("estimate." + careType.name(), name.then(Text.of("补贴后每月估算", "monthly cost after subsidies (estimate)")),
                        columns, c -> estimate(c.careTypes().get(at)), language));
            }
        }
        rows.add(row("oneOffFees", Text.of("一次性费用", "One-off fees"), columns, c -> oneOff(c.oneOffFees()), language));
        rows.add(row("vacancies", Text.of("适龄班级空位", "Free places for this age"), columns, c -> vacancies(c.vacancies()), language));
        rows.add(row("openingHours", Text.of("开放时间", "Opening hours"), columns, c -> hours(c.openingHours()), language));
        rows.add(row("carerRatios", Text.of("适龄班级保育人员配比", "Carer ratio of the classes for this age"), columns,
                c -> ratios(c.carerRatios()), language));
        rows.add(row("latestInspection", Text.of("最近一次监督检查", "Latest inspection"), columns,
                c -> inspection(c.latestInspection()), language));
        rows.add(row("qualityGrade", Text.of("质量评估等级", "Quality grade"), columns,
                c -> c.qualityAssessment() == null ? Text.of("未评估", "not assessed")
                        : Text.of(c.qualityAssessment().grade().label() + "（" + c.qualityAssessment().assessedOn() + "）",
                        english(c.qualityAssessment().grade().code()) + " (" + c.qualityAssessment().assessedOn() + ")"), language));
        rows.add(row("penaltiesLast24Months", Text.of("近24个月行政处罚", "Penalties in the last 24 months"), columns,
                c -> count(c.penaltiesLast24Months()), language));
        rows.add(row("substantiatedComplaintsLast24Months", Text.of("近24个月经核实的投诉", "Substantiated complaints in the last 24 months"),
                columns, c -> count(c.substantiatedComplaintsLast24Months()), language));
        if (withDistance) {
            rows.add(row("distance", Text.of("直线距离", "Distance (straight line)"), columns,
                    c -> Text.of(c.distanceMetres() + " 米", c.distanceMetres() + " m"), language));
            rows.add(row("walkingTime", Text.of("步行时间（估算）", "Walking time (estimate)"), columns,
                    c -> Text.of("约 " + c.walkingMinutes() + " 分钟", "about " + c.walkingMinutes() + " min"), language));
        }
        return rows;
    }

    private static ComparisonRow row(String key, Text label, List<ComparedNursery> columns,
                                     Function<ComparedNursery, Text> value, Language language) {
        List<String> values = columns.stream().map(value).map(t -> t.in(language)).toList();
        return new ComparisonRow(key, label.in(language), values.stream().distinct().count() > 1, values);
    }

    private static Text fee(ComparedCareType c) {
        if (!c.offered() && c.amountYuan() == null) {
            return Text.of("不提供", "not offered");
        }
        if (c.amountYuan() == null) {
            return Text.of("无适合此年龄的班级收费", "no fee for a class of this age");
        }
        FeeUnit unit = FeeUnit.valueOf(c.unit());
        String perZh = switch (unit) {
            case MONTH -> "元/月";
            case HOUR -> "元/小时";
            case DAY -> "元/天";
        };
        return Text.of(c.amountYuan() + " " + perZh + "（" + c.ageGroup().label() + "）",
                c.amountYuan() + " yuan a " + unit.name().toLowerCase(Locale.ROOT) + " (" + english(c.ageGroup().code()) + ")");
    }

    private static Text meals(ComparedCareType c) {
        if (c.amountYuan() == null) {
            return Text.of("—", "—");
        }
        return c.mealFeeYuan() == null ? Text.of("不另收", "none charged")
                : Text.of(c.mealFeeYuan() + " 元/月", c.mealFeeYuan() + " yuan a month");
    }

    private static Text estimate(ComparedCareType c) {
        if (c.estimatedMonthlyCostYuan() == null) {
            return Text.of("—", "—");
        }
        return Text.of("约 " + c.estimatedMonthlyCostYuan() + " 元（已减补贴 " + c.subsidiesMonthlyYuan() + " 元）",
                "about " + c.estimatedMonthlyCostYuan() + " yuan (after " + c.subsidiesMonthlyYuan() + " yuan of subsidies)");
    }

    private static Text oneOff(List<PublicOneOffFee> fees) {
        if (fees == null || fees.isEmpty()) {
            return Text.of("无", "none");
        }
        String list = String.join("；", fees.stream().map(f -> f.name() + " " + f.amountYuan() + " 元").toList());
        return Text.of(list, String.join("; ", fees.stream().map(f -> f.name() + " " + f.amountYuan() + " yuan").toList()));
    }

    private static Text vacancies(ComparedVacancies v) {
        if (!v.hasClassForAge()) {
            return Text.of("没有适合此年龄的班级", "no class for this age");
        }
        if (!v.known()) {
            return Text.of("未知（报告已超过 30 天）", "unknown (reported more than 30 days ago)");
        }
        return Text.of(v.count() + " 个（" + v.asOf() + " 报告）", v.count() + " (reported " + v.asOf() + ")");
    }

    private static Text hours(PublicOpeningHours h) {
        List<DayOfWeek> days = h.openDays();
        String zh = String.join("、", days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE)).toList());
        String en = String.join(", ", days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
        return Text.of(h.opensAt() + "–" + h.closesAt() + " " + zh, h.opensAt() + "–" + h.closesAt() + " " + en);
    }

    private static Text ratios(List<PublicCarerRatio> ratios) {
        if (ratios.isEmpty()) {
            return Text.of("未公示", "not disclosed");
        }
        return Text.of(String.join("；", ratios.stream().map(r -> r.ageGroup().label() + " "
                        + (r.childrenPerCarer() == null ? "无保育人员" : "1:" + r.childrenPerCarer())
                        + "（标准 1:" + r.standardChildrenPerCarer() + "，" + (r.meetsStandard() ? "达标" : "未达标") + "）").toList()),
                String.join("; ", ratios.stream().map(r -> english(r.ageGroup().code()) + " "
                        + (r.childrenPerCarer() == null ? "no carer" : "1:" + r.childrenPerCarer())
                        + " (standard 1:" + r.standardChildrenPerCarer() + ", " + (r.meetsStandard() ? "meets it" : "below it") + ")").toList()));
    }

    private static Text inspection(PublicInspection i) {
        if (i == null) {
            return Text.of("无检查记录", "never inspected");
        }
        return Text.of(i.inspectedOn() + " " + i.result().label() + "（" + i.kind().label() + "）",
                i.inspectedOn() + " " + english(i.result().code()) + " (" + english(i.kind().code()) + ")");
    }

    private static Text count(int n) {
        return Text.of(String.valueOf(n), String.valueOf(n));
    }

    private static String englishName(CareType careType) {
        return switch (careType) {
            case FULL_DAY -> "Full-day";
            case HALF_DAY -> "Half-day";
            case HOURLY -> "Hourly";
            case TEMPORARY -> "Temporary";
        };
    }

    /** An enum name as English words: FULL_DAY → full day. */
    static String english(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
