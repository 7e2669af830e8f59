package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.tuoyu.directory.complaint.ComplaintStatus.ACCEPTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.ESCALATED;
import static com.tuoyu.directory.complaint.ComplaintStatus.INFO_REQUESTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.REJECTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.RESOLVED;
import static com.tuoyu.directory.complaint.ComplaintStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint state machine, without a server: every handler and parent action from every status, by a handler
 * and by a supervisor. The expected transitions are written out here rather than read from the enums, so that a
 * changed rule fails.
 */
class ComplaintTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
    private static final Instant RESOLVE_DUE = Instant.parse("2026-05-20T16:00:00Z");
    private static final Instant REOPENED_RESOLVE_DUE = Instant.parse("2026-06-01T16:00:00Z");
    private static final int REOPEN_DAYS = 7;
    private static final UUID ID = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001");
    private static final UUID INSPECTION = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000002");
    private static final UUID PENALTY = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000003");
    private static final HandlerAction.Details DETAILS =
            new HandlerAction.Details("handler-2", Finding.PARTLY_SUBSTANTIATED, INSPECTION, PENALTY);

    /** Every legal handler action: from which status, to which. Anything not listed is refused. */
    private static final Map<HandlerAction, Map<ComplaintStatus, ComplaintStatus>> HANDLER_MOVES = Map.of(
            HandlerAction.ACCEPT, Map.of(SUBMITTED, ACCEPTED),
            HandlerAction.REJECT, Map.of(SUBMITTED, REJECTED),
            HandlerAction.ASSIGN, Map.of(SUBMITTED, SUBMITTED, ACCEPTED, ACCEPTED, INFO_REQUESTED, INFO_REQUESTED,
                    ESCALATED, ESCALATED),
            HandlerAction.REQUEST_INFO, Map.of(ACCEPTED, INFO_REQUESTED),
            HandlerAction.NOTE, Map.of(SUBMITTED, SUBMITTED, ACCEPTED, ACCEPTED, INFO_REQUESTED, INFO_REQUESTED,
                    ESCALATED, ESCALATED, RESOLVED, RESOLVED, REJECTED, REJECTED),
            HandlerAction.REPLY, Map.of(ACCEPTED, ACCEPTED, INFO_REQUESTED, INFO_REQUESTED, ESCALATED, ESCALATED),
            HandlerAction.ESCALATE, Map.of(ACCEPTED, ESCALATED, INFO_REQUESTED, ESCALATED),
            HandlerAction.RETURN_TO_HANDLER, Map.of(ESCALATED, ACCEPTED),
            HandlerAction.RESOLVE, Map.of(ACCEPTED, RESOLVED, ESCALATED, RESOLVED));

    /** The legal handler moves that only a supervisor may make. */
    private static final Set<Map.Entry<HandlerAction, ComplaintStatus>> SUPERVISOR_ONLY = Set.of(
            Map.entry(HandlerAction.RETURN_TO_HANDLER, ESCALATED),
            Map.entry(HandlerAction.RESOLVE, ESCALATED));

    /** Every legal parent action (for reopening: once, in time): from which status, to which. */
    private static final Map<ParentAction, Map<ComplaintStatus, ComplaintStatus>> PARENT_MOVES = Map.of(
            ParentAction.PROVIDE_INFO, Map.of(INFO_REQUESTED, ACCEPTED),
            ParentAction.RATE, Map.of(RESOLVED, RESOLVED),
            ParentAction.REOPEN, Map.of(RESOLVED, ACCEPTED));

    /** A complaint in the status, resolved an hour ago when it is resolved; the same fields on every call. */
    private static Complaint complaintIn(ComplaintStatus status) {
        Complaint complaint = new Complaint();
        complaint.id = ID;
        complaint.trackingNumber = "TS20260501-000001";
        complaint.parentId = "parent-1";
        complaint.divisionCode = "360102";
        complaint.category = ComplaintCategory.OTHER;
        complaint.status = status;
        complaint.assignee = "handler-1";
        complaint.submittedAt = NOW.minus(Duration.ofDays(3));
        complaint.acceptDueAt = NOW.plus(Duration.ofDays(2));
        complaint.resolveDueAt = RESOLVE_DUE;
        complaint.dueAt = status == SUBMITTED ? complaint.acceptDueAt : RESOLVE_DUE;
        complaint.acceptedAt = status == SUBMITTED ? null : NOW.minus(Duration.ofDays(2));
        if (status == RESOLVED) {
            complaint.finding = Finding.SUBSTANTIATED;
            complaint.resolvedAt = NOW.minus(Duration.ofHours(1));
        }
        complaint.updatedAt = NOW.minus(Duration.ofDays(1));
        complaint.version = 4;
        return complaint;
    }

    static List<Arguments> handlerCases() {
        List<Arguments> cases = new ArrayList<>();
        for (HandlerAction action : HandlerAction.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                cases.add(Arguments.of(action, status, false));
                cases.add(Arguments.of(action, status, true));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} from {1}, by a supervisor: {2}")
    @MethodSource("handlerCases")
    void aHandlerActionMovesTheComplaintOnlyWhereTheStateMachineAllows(HandlerAction action, ComplaintStatus from,
                                                                      boolean bySupervisor) {
        Complaint complaint = complaintIn(from);
        ComplaintTransition transition = complaint.handle(action, bySupervisor, DETAILS, NOW);

        ComplaintStatus to = HANDLER_MOVES.get(action).get(from);
        if (to == null) {
            assertRefused(transition, complaint, from, ComplaintTransition.Refusal.NOT_FROM_STATUS, 409);
            assertThat(((ComplaintTransition.Refused) transition).detail()).contains(from.name(), action.name());
        } else if (SUPERVISOR_ONLY.contains(Map.entry(action, from)) && !bySupervisor) {
            assertRefused(transition, complaint, from, ComplaintTransition.Refusal.SUPERVISOR_ONLY, 403);
        } else {
            assertThat(transition).isEqualTo(new ComplaintTransition.Moved(from, to));
            assertThat(complaint.status).isEqualTo(to);
            assertThat(complaint.updatedAt).isEqualTo(NOW);
        }
        assertThat(action.from(from, bySupervisor)).as("the status-level rule").isEqualTo(transition);
    }

    static List<Arguments> parentCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ParentAction action : ParentAction.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                cases.add(Arguments.of(action, status));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("parentCases")
    void aParentActionMovesTheComplaintOnlyWhereTheStateMachineAllows(ParentAction action, ComplaintStatus from) {
        Complaint complaint = complaintIn(from);
        ComplaintTransition transition = take(complaint, action);

        ComplaintStatus to = PARENT_MOVES.get(action).get(from);
        if (to == null) {
            assertRefused(transition, complaint, from, ComplaintTransition.Refusal.NOT_FROM_STATUS, 409);
            assertThat(((ComplaintTransition.Refused) transition).detail()).contains(from.name());
        } else {
            assertThat(transition).isEqualTo(new ComplaintTransition.Moved(from, to));
            assertThat(complaint.status).isEqualTo(to);
            assertThat(complaint.updatedAt).isEqualTo(NOW);
        }
        assertThat(action.from(from)).as("the status-level rule").isEqualTo(transition);
    }

    @Test
    void acceptingStartsTheResolutionDeadline() {
        Complaint complaint = complaintIn(SUBMITTED);
        complaint.handle(HandlerAction.ACCEPT, false, HandlerAction.Details.NONE, NOW);
        assertThat(complaint.acceptedAt).isEqualTo(NOW);
        assertThat(complaint.dueAt).isEqualTo(RESOLVE_DUE);
        assertThat(complaint.resolvedAt).isNull();
    }

    @Test
    void rejectingEndsTheDeadlineNow() {
        Complaint complaint = complaintIn(SUBMITTED);
        complaint.handle(HandlerAction.REJECT, false, DETAILS, NOW);
        assertThat(complaint.dueAt).isEqualTo(NOW);
        assertThat(complaint.acceptedAt).isNull();
        assertThat(complaint.finding).isNull();
    }

    @Test
    void assigningSetsTheAssigneeAndNothingElse() {
        Complaint complaint = complaintIn(ACCEPTED);
        complaint.handle(HandlerAction.ASSIGN, false, DETAILS, NOW);
        Complaint expected = complaintIn(ACCEPTED);
        expected.assignee = "handler-2";
        expected.updatedAt = NOW;
        assertThat(complaint).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void resolvingRecordsTheFindingItsLinksAndWhen() {
        Complaint complaint = complaintIn(ESCALATED);
        complaint.handle(HandlerAction.RESOLVE, true, DETAILS, NOW);
        assertThat(complaint.finding).isEqualTo(Finding.PARTLY_SUBSTANTIATED);
        assertThat(complaint.linkedInspectionId).isEqualTo(INSPECTION);
        assertThat(complaint.linkedPenaltyId).isEqualTo(PENALTY);
        assertThat(complaint.resolvedAt).isEqualTo(NOW);
        assertThat(complaint.assignee).isEqualTo("handler-1");
    }

    @Test
    void theOtherActionsChangeOnlyTheStatusAndWhenItWasUpdated() {
        for (HandlerAction action : List.of(HandlerAction.NOTE, HandlerAction.REPLY, HandlerAction.REQUEST_INFO,
                HandlerAction.ESCALATE, HandlerAction.RETURN_TO_HANDLER)) {
            ComplaintStatus from = action == HandlerAction.RETURN_TO_HANDLER ? ESCALATED : ACCEPTED;
            Complaint complaint = complaintIn(from);
            complaint.handle(action, true, DETAILS, NOW);
            Complaint expected = complaintIn(from);
            expected.status = HANDLER_MOVES.get(action).get(from);
            expected.updatedAt = NOW;
            assertThat(complaint).as(action.name()).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    @Test
    void answeringTheHandlerChangesOnlyTheStatusAndMarksTheAnswerNewUntilOpened() {
        Complaint complaint = complaintIn(INFO_REQUESTED);
        complaint.provideInformation(NOW);
        Complaint expected = complaintIn(INFO_REQUESTED);
        expected.status = ACCEPTED;
        expected.updatedAt = NOW;
        expected.newInformationAt = NOW;
        assertThat(complaint).usingRecursiveComparison().isEqualTo(expected);
        complaint.opened();
        expected.newInformationAt = null;
        assertThat(complaint).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void ratingKeepsTheComplaintResolvedAndAResolutionIsRatedOnce() {
        Complaint complaint = complaintIn(RESOLVED);
        assertThat(complaint.rate(2, "慢", NOW.minusSeconds(60))).isEqualTo(new ComplaintTransition.Moved(RESOLVED, RESOLVED));
        assertThat(complaint.rate(5, "满意", NOW)).isInstanceOfSatisfying(ComplaintTransition.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(ComplaintTransition.Refusal.ALREADY_RATED));
        assertThat(complaint.rating).isEqualTo((short) 2);
        assertThat(complaint.ratingComment).isEqualTo("慢");
        assertThat(complaint.finding).isEqualTo(Finding.SUBSTANTIATED);
        assertThat(complaint.reopenable(NOW, REOPEN_DAYS)).isTrue();
    }

    @Test
    void reopeningClearsTheFindingAndSetsANewResolutionDeadline() {
        Complaint complaint = complaintIn(RESOLVED);
        complaint.linkedInspectionId = INSPECTION;
        complaint.rate(1, "没解决", NOW);
        assertThat(complaint.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE))
                .isEqualTo(new ComplaintTransition.Moved(RESOLVED, ACCEPTED));
        assertThat(complaint.reopenCount).isEqualTo(1);
        assertThat(complaint.finding).isNull();
        assertThat(complaint.resolvedAt).isNull();
        assertThat(complaint.resolveDueAt).isEqualTo(REOPENED_RESOLVE_DUE);
        assertThat(complaint.dueAt).isEqualTo(REOPENED_RESOLVE_DUE);
        assertThat(complaint.linkedInspectionId).isEqualTo(INSPECTION);
        assertThat(complaint.rating).as("the new resolution is rated afresh").isNull();
        assertThat(complaint.reopenable(NOW, REOPEN_DAYS)).isFalse();
    }

    @Test
    void aComplaintIsReopenedUntilJustBeforeTheDaysAfterItsResolutionHavePassed() {
        Complaint inTime = complaintIn(RESOLVED);
        inTime.resolvedAt = NOW.minus(Duration.ofDays(REOPEN_DAYS)).plusMillis(1);
        assertThat(inTime.reopenable(NOW, REOPEN_DAYS)).isTrue();
        assertThat(inTime.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE)).isInstanceOf(ComplaintTransition.Moved.class);

        Complaint late = complaintIn(RESOLVED);
        late.resolvedAt = NOW.minus(Duration.ofDays(REOPEN_DAYS));
        assertThat(late.reopenable(NOW, REOPEN_DAYS)).isFalse();
        ComplaintTransition refused = late.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE);
        Complaint expected = complaintIn(RESOLVED);
        expected.resolvedAt = late.resolvedAt;
        assertRefused(refused, late, expected, ComplaintTransition.Refusal.TOO_LATE_TO_REOPEN, 409);
        assertThat(((ComplaintTransition.Refused) refused).detail())
                .isEqualTo("The 7 days to reopen this complaint have passed.");
    }

    @Test
    void aResolvedComplaintWithoutAResolutionTimeIsNotReopened() {
        Complaint complaint = complaintIn(RESOLVED);
        complaint.resolvedAt = null;
        assertThat(complaint.reopenable(NOW, REOPEN_DAYS)).isFalse();
        assertThat(complaint.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE))
                .isInstanceOfSatisfying(ComplaintTransition.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ComplaintTransition.Refusal.TOO_LATE_TO_REOPEN));
    }

    @Test
    void aComplaintIsReopenedOnceOnly() {
        Complaint complaint = complaintIn(RESOLVED);
        complaint.reopen(NOW.minusSeconds(3600), REOPEN_DAYS, REOPENED_RESOLVE_DUE);
        complaint.handle(HandlerAction.RESOLVE, false, DETAILS, NOW.minusSeconds(60));
        assertThat(complaint.status).isEqualTo(RESOLVED);
        assertThat(complaint.reopenable(NOW, REOPEN_DAYS)).isFalse();

        ComplaintTransition again = complaint.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE);
        assertThat(again).isInstanceOfSatisfying(ComplaintTransition.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(ComplaintTransition.Refusal.ALREADY_REOPENED);
            assertThat(refused.problem().problem().status()).isEqualTo(409);
            assertThat(refused.detail()).contains("already reopened once");
        });
        assertThat(complaint.status).isEqualTo(RESOLVED);
        assertThat(complaint.reopenCount).isEqualTo(1);
        assertThat(complaint.finding).isEqualTo(Finding.PARTLY_SUBSTANTIATED);
    }

    @Test
    void onlyUnresolvedComplaintsAreReopenableFromTheirStatus() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            Complaint complaint = complaintIn(status);
            complaint.resolvedAt = NOW.minusSeconds(60);
            assertThat(complaint.reopenable(NOW, REOPEN_DAYS)).as(status.name()).isEqualTo(status == RESOLVED);
        }
    }

    @Test
    void whichHandlerActionsNeedATextAndWhichTheParentSees() {
        Set<HandlerAction> needText = EnumSet.of(HandlerAction.REJECT, HandlerAction.REQUEST_INFO, HandlerAction.NOTE,
                HandlerAction.REPLY, HandlerAction.ESCALATE, HandlerAction.RESOLVE);
        Set<HandlerAction> parentSees = EnumSet.of(HandlerAction.ACCEPT, HandlerAction.REJECT, HandlerAction.REQUEST_INFO, HandlerAction.REPLY,
                HandlerAction.RESOLVE);
        for (HandlerAction action : HandlerAction.values()) {
            assertThat(action.requiresText()).as(action.name()).isEqualTo(needText.contains(action));
            assertThat(action.parentSees()).as(action.name()).isEqualTo(parentSees.contains(action));
        }
    }

    @Test
    void theStatusesThatAreStillOpen() {
        assertThat(EnumSet.allOf(ComplaintStatus.class).stream().filter(ComplaintStatus::open).toList())
                .containsExactly(SUBMITTED, ACCEPTED, INFO_REQUESTED, ESCALATED);
    }

    private static ComplaintTransition take(Complaint complaint, ParentAction action) {
        return switch (action) {
            case PROVIDE_INFO -> complaint.provideInformation(NOW);
            case RATE -> complaint.rate(4, "处理及时", NOW);
            case REOPEN -> complaint.reopen(NOW, REOPEN_DAYS, REOPENED_RESOLVE_DUE);
        };
    }

    private static void assertRefused(ComplaintTransition transition, Complaint complaint, ComplaintStatus from,
                                      ComplaintTransition.Refusal reason, int httpStatus) {
        assertRefused(transition, complaint, complaintIn(from), reason, httpStatus);
    }

    /** Refused for the reason, as the HTTP status, with the complaint exactly as it was. */
    private static void assertRefused(ComplaintTransition transition, Complaint complaint, Complaint unchanged,
                                      ComplaintTransition.Refusal reason, int httpStatus) {
        assertThat(transition).isInstanceOfSatisfying(ComplaintTransition.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            ProblemException problem = refused.problem();
            assertThat(problem.problem().status()).isEqualTo(httpStatus);
            assertThat(problem.problem().detail()).isEqualTo(refused.detail());
        });
        assertThat(complaint).usingRecursiveComparison().isEqualTo(unchanged);
    }
}
