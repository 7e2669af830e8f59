package com.tuoyu.directory.nursery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filing state machine on its own, without a server: every decision from every status. The legal transitions
 * are written out here rather than read from {@link FilingDecision}, so that a changed rule fails this test.
 */
class FilingTransitionsTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 11, 2);
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 11, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant CREATED = Instant.parse("2026-11-02T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String NUMBER = "130803T202600123";
    private static final String EARLIER_NUMBER = "130803T202500007";

    /** The only legal transitions: decision and status it is taken from, to the status it leads to. */
    private static final Map<FilingStatus, Map<FilingDecision, FilingStatus>> LEGAL = new EnumMap<>(Map.of(
            FilingStatus.SUBMITTED, Map.of(FilingDecision.FILE, FilingStatus.FILED,
                    FilingDecision.RETURN, FilingStatus.RETURNED),
            FilingStatus.RETURNED, Map.of(FilingDecision.RESUBMIT, FilingStatus.SUBMITTED),
            FilingStatus.FILED, Map.of(FilingDecision.REVOKE, FilingStatus.REVOKED,
                    FilingDecision.CLOSE, FilingStatus.CLOSED),
            FilingStatus.REVOKED, Map.of(),
            FilingStatus.CLOSED, Map.of()));

    /** A filing in the status as the state machine leaves it there: decided on DECIDED_ON unless pending. */
    private static Filing filingIn(FilingStatus status) {
        Filing filing = Filing.submitted(UUID.randomUUID(), " 承德市双滦区卫生健康局 ", SUBMITTED_ON, CREATED);
        filing.version = 3;
        filing.status = status;
        switch (status) {
            case SUBMITTED -> {
            }
            case FILED -> {
                filing.filingNumber = EARLIER_NUMBER;
                filing.decidedOn = DECIDED_ON;
            }
            case RETURNED, REVOKED, CLOSED -> {
                filing.filingNumber = status == FilingStatus.RETURNED ? null : EARLIER_NUMBER;
                filing.decidedOn = DECIDED_ON;
                filing.decisionReasons = "earlier reasons";
            }
        }
        return filing;
    }

    private static Filing.Verdict decide(Filing filing, FilingDecision decision) {
        return filing.decide(decision, null, TODAY, decision == FilingDecision.FILE ? NUMBER : null,
                decision.needsReasons() ? "  材料不全  " : null);
    }

    static Stream<Arguments> everyDecisionFromEveryStatus() {
        List<Arguments> pairs = new ArrayList<>();
        for (FilingStatus status : FilingStatus.values()) {
            for (FilingDecision decision : FilingDecision.values()) {
                pairs.add(Arguments.of(status, decision));
            }
        }
        return pairs.stream();
    }

    @Test
    void theTableCoversEveryStatusAndAllowsFiveTransitions() {
        assertThat(LEGAL).containsOnlyKeys(FilingStatus.values());
        assertThat(LEGAL.values().stream().mapToInt(Map::size).sum()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyDecisionFromEveryStatus")
    void aDecisionIsAStepExactlyWhenTheStateMachineAllowsIt(FilingStatus status, FilingDecision decision) {
        Filing filing = filingIn(status);
        FilingStatus expected = LEGAL.get(status).get(decision);

        Filing.Verdict verdict = decide(filing, decision);

        assertThat(decision.allowedFrom(status)).isEqualTo(expected != null);
        if (expected == null) {
            assertThat(verdict).isEqualTo(new Filing.Refused(Filing.Refusal.ILLEGAL_TRANSITION));
        } else {
            assertThat(verdict).isInstanceOf(Filing.Step.class);
            Filing.Step step = (Filing.Step) verdict;
            assertThat(step.from()).isEqualTo(status);
            assertThat(step.to()).isEqualTo(expected);
            assertThat(step.decision().to()).isEqualTo(expected);
            assertThat(step.on()).isEqualTo(TODAY);
        }
        // Deciding never changes the filing; only taking the step does.
        assertThat(filing.status).isEqualTo(status);
        assertThat(filing.updatedAt).isEqualTo(CREATED);
    }

    @Test
    void filingIssuesTheReceiptWithItsNumberOnTheDayOfTheDecision() {
        Filing filing = take(FilingStatus.SUBMITTED, FilingDecision.FILE, "  not kept on the filing ");

        assertThat(filing.status).isEqualTo(FilingStatus.FILED);
        assertThat(filing.filingNumber).isEqualTo(NUMBER);
        assertThat(filing.decidedOn).isEqualTo(TODAY);
        assertThat(filing.decisionReasons).isNull();
        assertThat(filing.reviewStartedOn).isEqualTo(SUBMITTED_ON);
        assertThat(filing.updatedAt).isEqualTo(NOW);
        assertThat(filing.status.inForce()).isTrue();
    }

    @Test
    void returningKeepsThePublicReasonsStripped() {
        Filing filing = take(FilingStatus.SUBMITTED, FilingDecision.RETURN, "  未提供消防安全检查合格证明 ");

        assertThat(filing.status).isEqualTo(FilingStatus.RETURNED);
        assertThat(filing.decidedOn).isEqualTo(TODAY);
        assertThat(filing.decisionReasons).isEqualTo("未提供消防安全检查合格证明");
        assertThat(filing.filingNumber).isNull();
        assertThat(filing.reviewStartedOn).isEqualTo(SUBMITTED_ON);
        assertThat(filing.updatedAt).isEqualTo(NOW);
    }

    @Test
    void resubmittingRestartsTheReviewClockAndClearsTheDecision() {
        Filing filing = take(FilingStatus.RETURNED, FilingDecision.RESUBMIT, null);

        assertThat(filing.status).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.reviewStartedOn).isEqualTo(TODAY);
        assertThat(filing.submittedOn).isEqualTo(SUBMITTED_ON);
        assertThat(filing.decidedOn).isNull();
        assertThat(filing.decisionReasons).isNull();
        assertThat(filing.updatedAt).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = FilingDecision.class, names = {"REVOKE", "CLOSE"})
    void revokingOrClosingEndsAFilingInForceWithPublicReasons(FilingDecision decision) {
        Filing filing = take(FilingStatus.FILED, decision, " 举办者申请停办 ");

        assertThat(filing.status).isEqualTo(decision == FilingDecision.REVOKE ? FilingStatus.REVOKED : FilingStatus.CLOSED);
        assertThat(filing.status.inForce()).isFalse();
        assertThat(filing.decidedOn).isEqualTo(TODAY);
        assertThat(filing.decisionReasons).isEqualTo("举办者申请停办");
        assertThat(filing.filingNumber).isEqualTo(EARLIER_NUMBER);
        assertThat(filing.updatedAt).isEqualTo(NOW);
    }

    @Test
    void theHistoryEntryRecordsTheStepWithItsReasonsOrNone() {
        Filing filing = filingIn(FilingStatus.SUBMITTED);
        Filing.Step step = (Filing.Step) filing.decide(FilingDecision.FILE, null, TODAY, NUMBER, "   ");
        filing.take(step, NOW);

        FilingEvent event = FilingEvent.of(filing, step, NOW);

        assertThat(event.filingId).isEqualTo(filing.id);
        assertThat(event.fromStatus).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(event.toStatus).isEqualTo(FilingStatus.FILED);
        assertThat(event.occurredOn).isEqualTo(TODAY);
        assertThat(event.reasons).isNull();
        assertThat(event.recordedAt).isEqualTo(NOW);
    }

    @Test
    void aNewApplicationAwaitsADecisionWithItsClockStartedOnTheDayReceived() {
        Filing filing = Filing.submitted(UUID.randomUUID(), " 承德市双滦区卫生健康局 ", SUBMITTED_ON, CREATED);

        assertThat(filing.status).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.authority).isEqualTo("承德市双滦区卫生健康局");
        assertThat(filing.reviewStartedOn).isEqualTo(SUBMITTED_ON);
        assertThat(filing.previousStepOn()).isEqualTo(SUBMITTED_ON);
        FilingEvent submitted = FilingEvent.submitted(filing, CREATED);
        assertThat(submitted.fromStatus).isNull();
        assertThat(submitted.toStatus).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(submitted.occurredOn).isEqualTo(SUBMITTED_ON);
    }

    @Test
    void aReceiptNeedsAFilingNumberAndAReturnRevocationOrClosurePublicReasons() {
        Filing submitted = filingIn(FilingStatus.SUBMITTED);
        Filing filed = filingIn(FilingStatus.FILED);

        assertThat(submitted.decide(FilingDecision.FILE, null, TODAY, null, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_FILING_NUMBER));
        assertThat(submitted.decide(FilingDecision.RETURN, null, TODAY, null, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_REASONS));
        assertThat(submitted.decide(FilingDecision.RETURN, null, TODAY, null, "  "))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_REASONS));
        assertThat(filed.decide(FilingDecision.REVOKE, null, TODAY, null, ""))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_REASONS));
        assertThat(filed.decide(FilingDecision.CLOSE, null, TODAY, null, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_REASONS));
        assertThat(filingIn(FilingStatus.RETURNED).decide(FilingDecision.RESUBMIT, null, TODAY, null, null))
                .isInstanceOf(Filing.Step.class);
        // What the decision lacks is told before the state machine is asked.
        assertThat(filed.decide(FilingDecision.FILE, null, TODAY, null, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.MISSING_FILING_NUMBER));
    }

    @Test
    void aDecisionOnAnOlderVersionIsRefusedBeforeTheStateMachineIsAsked() {
        Filing filing = filingIn(FilingStatus.FILED);

        assertThat(filing.decide(FilingDecision.CLOSE, 2L, TODAY, null, "停办"))
                .isEqualTo(new Filing.Refused(Filing.Refusal.STALE_VERSION));
        assertThat(filing.decide(FilingDecision.FILE, 2L, TODAY, NUMBER, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.STALE_VERSION));
        assertThat(filing.decide(FilingDecision.CLOSE, 3L, TODAY, null, "停办")).isInstanceOf(Filing.Step.class);
    }

    @Test
    void noDecisionIsDatedBeforeTheFilingsPreviousStep() {
        Filing submitted = filingIn(FilingStatus.SUBMITTED);
        assertThat(submitted.decide(FilingDecision.RETURN, null, SUBMITTED_ON.minusDays(1), null, "x"))
                .isEqualTo(new Filing.Refused(Filing.Refusal.BEFORE_PREVIOUS_STEP));
        assertThat(submitted.decide(FilingDecision.RETURN, null, SUBMITTED_ON, null, "x")).isInstanceOf(Filing.Step.class);

        Filing filed = filingIn(FilingStatus.FILED);
        assertThat(filed.previousStepOn()).isEqualTo(DECIDED_ON);
        assertThat(filed.decide(FilingDecision.REVOKE, null, DECIDED_ON.minusDays(1), null, "x"))
                .isEqualTo(new Filing.Refused(Filing.Refusal.BEFORE_PREVIOUS_STEP));
        assertThat(filed.decide(FilingDecision.REVOKE, null, DECIDED_ON, null, "x")).isInstanceOf(Filing.Step.class);

        Filing returned = filingIn(FilingStatus.RETURNED);
        assertThat(returned.decide(FilingDecision.RESUBMIT, null, DECIDED_ON.minusDays(1), null, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.BEFORE_PREVIOUS_STEP));

        // A resubmitted filing counts from its new review start, not from the return it left behind.
        Filing resubmitted = take(FilingStatus.RETURNED, FilingDecision.RESUBMIT, null);
        assertThat(resubmitted.previousStepOn()).isEqualTo(TODAY);
        assertThat(resubmitted.decide(FilingDecision.FILE, null, TODAY.minusDays(1), NUMBER, null))
                .isEqualTo(new Filing.Refused(Filing.Refusal.BEFORE_PREVIOUS_STEP));
    }

    @Test
    void anIllegalTransitionIsRefusedBeforeTheDateIsLookedAt() {
        assertThat(filingIn(FilingStatus.CLOSED).decide(FilingDecision.REVOKE, null, SUBMITTED_ON.minusYears(1), null, "x"))
                .isEqualTo(new Filing.Refused(Filing.Refusal.ILLEGAL_TRANSITION));
    }

    /** A filing in the status after taking the decision today. */
    private static Filing take(FilingStatus status, FilingDecision decision, String reasons) {
        Filing filing = filingIn(status);
        Filing.Verdict verdict = filing.decide(decision, 3L, TODAY, decision == FilingDecision.FILE ? NUMBER : null, reasons);
        assertThat(verdict).isInstanceOf(Filing.Step.class);
        filing.take((Filing.Step) verdict, NOW);
        return filing;
    }
}
