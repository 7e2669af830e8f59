package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.Capacity;
import com.tuoyu.directory.disclosure.Permit;
import com.tuoyu.directory.disclosure.PermitKind;

import com.tuoyu.directory.nursery.AgeGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented weights of the risk score (README, "Supervision"). */
class RiskScoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void eachComponentAddsItsDocumentedPoints() {
        RiskScore score = RiskScore.of(2, 1, 1, 1, 365, true);
        assertThat(score.components()).extracting(RiskScore.Component::factor, RiskScore.Component::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.SUBSTANTIATED_COMPLAINTS, 6.0),
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.PENALTIES, 4.0),
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.EXPIRED_PERMITS, 2.0),
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.RATIO_BREACHES, 3.0),
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.DAYS_SINCE_LAST_INSPECTION, 2.0),
                        org.assertj.core.groups.Tuple.tuple(RiskScore.Factor.BLACK_LIST, 10.0));
        assertThat(score.score()).isEqualTo(27.0);
        assertThat(score.drawWeight()).isEqualTo(28.0);
    }

    @Test
    void aCleanRecentlyInspectedNurseryScoresAlmostNothingButCanStillBeDrawn() {
        RiskScore score = RiskScore.of(0, 0, 0, 0, 0, false);
        assertThat(score.score()).isZero();
        assertThat(score.drawWeight()).isEqualTo(1.0);
    }

    @Test
    void theInspectionGapIsCappedAtTwoYearsAndNeverInspectedCountsTheCap() {
        assertThat(RiskScore.of(0, 0, 0, 0, 182, false).score()).isEqualTo(1.0);
        assertThat(RiskScore.of(0, 0, 0, 0, 3000, false).score()).isEqualTo(4.0);
        RiskScore never = RiskScore.of(0, 0, 0, 0, null, false);
        assertThat(never.score()).isEqualTo(4.0);
        assertThat(never.components().get(4).value()).isNull();
    }

    @Test
    void anExpiredPermitCountsOnlyUntilItIsRenewed() {
        Permit expired = permit(PermitKind.FIRE_SAFETY, TODAY.minusYears(2), TODAY.minusDays(1));
        Permit renewed = permit(PermitKind.FIRE_SAFETY, TODAY.minusDays(1), TODAY.plusYears(1));
        Permit lapsedLicence = permit(PermitKind.FOOD_BUSINESS_LICENCE, TODAY.minusYears(3), TODAY.minusYears(1));
        Permit open = permit(PermitKind.PREMISES_PROOF, TODAY.minusYears(3), null);
        assertThat(RiskService.expiredPermits(List.of(expired, lapsedLicence, open), TODAY)).isEqualTo(2);
        assertThat(RiskService.expiredPermits(List.of(expired, renewed, lapsedLicence, open), TODAY)).isEqualTo(1);
    }

    @Test
    void aRatioBreachIsAGroupWithMoreChildrenThanItsCarersMayLookAfter() {
        assertThat(RiskService.ratioBreaches(List.of(
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
