package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void feesAreJudgedAgainstTheGuidePriceInForceOnTheirOwnDate() {
        List<FeeRules.Price> guides = List.of(
                price(CareType.FULL_DAY, AgeGroup.TODDLER, 2200, "2025-01-01"),
                price(CareType.FULL_DAY, AgeGroup.TODDLER, 2000, "2027-01-01"));
        List<FeeRules.Price> fees = List.of(
                price(CareType.FULL_DAY, AgeGroup.TODDLER, 2500, "2025-03-01"),   // replaced
                price(CareType.FULL_DAY, AgeGroup.TODDLER, 2100, "2026-09-01"),   // in force, within 2200
                price(CareType.FULL_DAY, AgeGroup.TODDLER, 2100, "2027-02-01"),   // scheduled, above the 2027 cut
                price(CareType.HOURLY, AgeGroup.TODDLER, 999, "2026-01-01"));     // no guide price: not limited

        List<FeeRules.Excess> excesses = FeeRules.feesAboveGuide(fees, guides, TODAY);
        assertThat(excesses).hasSize(1);
        assertThat(excesses.get(0).fee().effectiveFrom()).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(excesses.get(0).guide().amountYuan()).isEqualTo(2000);
        assertThat(excesses.get(0).describe()).contains("2100", "2000", "FULL_DAY TODDLER");
        assertThat(FeeRules.feesInForceAboveGuide(fees, guides, TODAY)).isEmpty();
    }

    @Test
    void aGuidePriceCutThatTookEffectFlagsTheFeeInForceFromTheCutsDate() {
        List<FeeRules.Price> guides = List.of(
                price(CareType.FULL_DAY, AgeGroup.INFANT, 2600, "2025-01-01"),
                price(CareType.FULL_DAY, AgeGroup.INFANT, 2400, "2026-11-01"));
        List<FeeRules.Price> fees = List.of(price(CareType.FULL_DAY, AgeGroup.INFANT, 2500, "2026-03-01"));

        List<FeeRules.Excess> excesses = FeeRules.feesInForceAboveGuide(fees, guides, TODAY);
        assertThat(excesses).singleElement().satisfies(e -> assertThat(e.since()).isEqualTo(LocalDate.parse("2026-11-01")));
        // The day before the cut, the same fee was within the guide price.
        assertThat(FeeRules.feesInForceAboveGuide(fees, guides, LocalDate.parse("2026-10-31"))).isEmpty();
        // At the guide price is within it.
        assertThat(FeeRules.feesInForceAboveGuide(
                List.of(price(CareType.FULL_DAY, AgeGroup.INFANT, 2400, "2026-11-05")), guides, TODAY)).isEmpty();
    }

    private static FeeRules.Price price(CareType careType, AgeGroup group, int amount, String from) {
        return new FeeRules.Price(careType, group, amount, LocalDate.parse(from));
    }
}
