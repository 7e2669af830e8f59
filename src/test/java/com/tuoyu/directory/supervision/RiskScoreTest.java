package com.tuoyu.directory.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
}
