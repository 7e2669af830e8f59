package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.fees.FeeUnit;
import com.tuoyu.directory.fees.dto.PublicFee;
import com.tuoyu.directory.fees.dto.PublicFees;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.subsidy.dto.PublicClassCost;
import com.tuoyu.directory.subsidy.dto.PublicCostEstimate;
import com.tuoyu.directory.subsidy.dto.PublicSubsidy;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The estimated monthly cost of a nursery's places after the subsidies that may apply, for the nursery page and the
 * comparison. Which subsidies reach a nursery is known (division, dates, inclusive mark); whether the family gets
 * them depends on the child's age and on conditions only the parent knows, so those come with the request.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SubsidyService {

    static final Text LABEL = Text.of(
            "估算：按公开的收费标准减去可能适用的补贴计算，实际费用和补贴以机构和发放部门为准",
            "Estimate: the published fee less the subsidies that may apply; the nursery and the paying bodies decide the actual fee and subsidies");

    private final SubsidyRepository subsidies;

    /** Where the nursery is and whether it is inclusive: what decides which subsidies reach it. */
    public record NurseryTerms(String divisionCode, boolean inclusive) {
    }

    @WithSession
    public Uni<PublicCostEstimate> estimate(NurseryTerms nursery, PublicFees fees, CostChoices choices, LocalDate today,
                                            Language language) {
        return subsidies.reaching(nursery.divisionCode()).map(rows -> {
            List<Subsidy> reaching = rows.stream()
                    .filter(s -> s.inForceOn(today) && s.coversDivision(nursery.divisionCode()))
                    .filter(s -> !s.inclusiveOnly || nursery.inclusive())
                    .sorted(Comparator.comparing((Subsidy s) -> s.divisionCode).thenComparing(s -> s.name))
                    .toList();
            List<PublicClassCost> classes = new ArrayList<>();
            for (PublicFee fee : fees.current()) {
                if (fee.unit() != FeeUnit.MONTH) {
                    continue;
                }
                CareType careType = CareType.valueOf(fee.careType().code());
                AgeGroup group = AgeGroup.valueOf(fee.ageGroup().code());
                if (choices.ageMonths() != null && !AgeGroup.forChildAgedMonths(choices.ageMonths()).contains(group)) {
                    continue;
                }
                List<Subsidy> counted = reaching.stream()
                        .filter(s -> countable(s, choices) && s.coversCareType(careType)
                                && (choices.ageMonths() != null || s.coversSomeAgeOf(group)))
                        .toList();
                int subsidy = counted.stream().mapToInt(Subsidy::monthlyYuan).sum();
                int meals = fee.mealFeeYuan() == null ? 0 : fee.mealFeeYuan();
                classes.add(new PublicClassCost(fee.careType(), fee.ageGroup(), fee.amountYuan(), fee.mealFeeYuan(),
                        subsidy, Math.max(0, fee.amountYuan() + meals - subsidy),
                        counted.stream().map(s -> s.id).toList()));
            }
            List<String> chosen = choices.choices().stream().sorted().map(ParentChoice::parameter).toList();
            return new PublicCostEstimate(true, LABEL.in(language), today, choices.ageMonths(), chosen,
                    reaching.stream().map(s -> toPublic(s, choices, language)).toList(), classes);
        });
    }

    /** The conditions the request can answer: the parent's choice and, when given, the child's age. */
    private static boolean countable(Subsidy s, CostChoices choices) {
        return (s.parentChoice == null || choices.choices().contains(s.parentChoice))
                && (choices.ageMonths() == null || s.coversAge(choices.ageMonths()));
    }

    private static PublicSubsidy toPublic(Subsidy s, CostChoices choices, Language language) {
        boolean counted = countable(s, choices);
        Text because = null;
        if (s.parentChoice != null && !choices.choices().contains(s.parentChoice)) {
            because = Text.of("仅当" + s.parentChoice.label() + "时适用；如是，请设置 " + s.parentChoice.parameter() + "=true",
                    "Applies only when " + s.parentChoice.labelEn() + "; if so, set " + s.parentChoice.parameter() + "=true");
        } else if (!counted) {
            because = Text.of("孩子的年龄（" + choices.ageMonths() + " 个月）不在补贴范围内",
                    "The child's age (" + choices.ageMonths() + " months) is outside its age range");
        }
        return new PublicSubsidy(s.id, language == Language.EN ? s.nameEn : s.name, s.source, s.sourceUrl, s.divisionCode,
                s.amountYuan, PublicTerm.of(s.period.name(), s.period.label(), s.period.labelEn()),
                s.monthlyYuan(), conditions(s).stream().map(t -> t.in(language)).toList(),
                s.parentChoice == null ? null : s.parentChoice.parameter(), counted,
                because == null ? null : because.in(language), s.validFrom, s.validTo);
    }

    static List<Text> conditions(Subsidy s) {
        List<Text> conditions = new ArrayList<>();
        if (s.minAgeMonths != null && s.minAgeMonths > 0 && s.maxAgeMonths != null) {
            conditions.add(Text.of(s.minAgeMonths + " 至 " + s.maxAgeMonths + " 个月（不含）的孩子",
                    "Children aged " + s.minAgeMonths + " to under " + s.maxAgeMonths + " months"));
        } else if (s.maxAgeMonths != null) {
            conditions.add(s.maxAgeMonths % 12 == 0
                    ? Text.of(s.maxAgeMonths / 12 + " 周岁以下的孩子", "Children under " + s.maxAgeMonths / 12)
                    : Text.of(s.maxAgeMonths + " 个月以下的孩子", "Children under " + s.maxAgeMonths + " months"));
        } else if (s.minAgeMonths != null && s.minAgeMonths > 0) {
            conditions.add(Text.of(s.minAgeMonths + " 个月及以上的孩子", "Children from " + s.minAgeMonths + " months"));
        }
        if (s.careTypes != null && !s.careTypes.isEmpty()) {
            conditions.add(Text.of("仅限" + String.join("、", s.careTypes.stream().sorted().map(CareType::label).toList()),
                    "Only " + String.join(", ", s.careTypes.stream().sorted()
                            .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList()) + " care"));
        }
        if (s.inclusiveOnly) {
            conditions.add(Text.of("仅限普惠托育机构", "Only at inclusive (普惠) nurseries"));
        }
        if (s.parentChoice != null) {
            conditions.add(Text.of(s.parentChoice.label(), Character.toUpperCase(s.parentChoice.labelEn().charAt(0))
                    + s.parentChoice.labelEn().substring(1)));
        }
        return conditions;
    }
}
