package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.nursery.AgeGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the disclosed sections add to a nursery's supervision risk (README, "Supervision"). */
class SectionRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void anExpiredPermitCountsOnlyUntilItIsRenewed() {
        Permit expired = permit(PermitKind.FIRE_SAFETY, TODAY.minusYears(2), TODAY.minusDays(1));
        Permit renewed = permit(PermitKind.FIRE_SAFETY, TODAY.minusDays(1), TODAY.plusYears(1));
        Permit lapsedLicence = permit(PermitKind.FOOD_BUSINESS_LICENCE, TODAY.minusYears(3), TODAY.minusYears(1));
        Permit open = permit(PermitKind.PREMISES_PROOF, TODAY.minusYears(3), null);
        assertThat(DisclosureRules.expiredPermits(List.of(expired, lapsedLicence, open), TODAY)).isEqualTo(2);
        assertThat(DisclosureRules.expiredPermits(List.of(expired, renewed, lapsedLicence, open), TODAY)).isEqualTo(1);
    }

    @Test
    void aRatioBreachIsAGroupWithMoreChildrenThanItsCarersMayLookAfter() {
        assertThat(DisclosureRules.ratioBreaches(List.of(
                capacity(AgeGroup.INFANT, 7, 2),     // 1:3 allows 6
                capacity(AgeGroup.TODDLER, 10, 2),   // 1:5 allows 10
                capacity(AgeGroup.PRESCHOOL, 15, 2), // 1:7 allows 14
                capacity(AgeGroup.MIXED, 0, 0)))).isEqualTo(2);
    }

    private static Permit permit(PermitKind kind, LocalDate issued, LocalDate until) {
        Permit p = new Permit();
        p.kind = kind;
        p.issuedOn = issued;
        p.validUntil = until;
        return p;
    }

    private static Capacity capacity(AgeGroup group, int enrolled, int carers) {
        Capacity c = new Capacity();
        c.ageGroup = group;
        c.enrolled = enrolled;
        c.carers = carers;
        return c;
    }
}
