package com.tuoyu.directory.nursery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The filing (备案) of one nursery with its county-level health commission, and the rules of deciding on it: which
 * decision may follow which status ({@link FilingDecision}) and what each one changes. Services load a filing, ask
 * {@link #decide} and, once any checks that need the database pass, {@link #take} the step and persist it.
 */
@Entity
@Table(name = "filing")
public class Filing {

    /** Why a decision cannot be taken on this filing as it stands. */
    public enum Refusal {
        /** FILE without a filing number. */
        MISSING_FILING_NUMBER,
        /** RETURN, REVOKE or CLOSE without public reasons. */
        MISSING_REASONS,
        /** The officer decided on an older version of the filing than the one recorded. */
        STALE_VERSION,
        /** The state machine has no such decision from the filing's status. */
        ILLEGAL_TRANSITION,
        /** The decision would be dated before the filing's previous step. */
        BEFORE_PREVIOUS_STEP
    }

    /** What {@link #decide} answers: the step the filing may take, or why it may not. */
    public sealed interface Verdict permits Step, Refused {
    }

    /**
     * A legal step of the state machine, not yet taken. {@code reasons} are the decision's reasons as the filing
     * history shows them (stripped; null when none were given).
     */
    public record Step(FilingDecision decision, FilingStatus from, LocalDate on, String filingNumber, String reasons)
            implements Verdict {

        public FilingStatus to() {
            return decision.to();
        }
    }

    public record Refused(Refusal refusal) implements Verdict {
    }

    @Id
    public UUID id;

    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public FilingStatus status;

    public String filingNumber;

    /** The filing authority, e.g. 南昌市东湖区卫生健康委员会. */
    public String authority;

    public LocalDate submittedOn;

    /** The day the review clock started: the submission, or the latest resubmission after a return. */
    public LocalDate reviewStartedOn;

    /** Receipt date when filed; decision date when returned, revoked or closed. */
    public LocalDate decidedOn;

    /** Public reasons for a return, revocation or closure. */
    public String decisionReasons;

    public Instant updatedAt;

    @Version
    public long version;

    /** A new application awaiting the authority's decision; the review clock starts the day it was received. */
    public static Filing submitted(UUID nurseryId, String authority, LocalDate submittedOn, Instant now) {
        Filing filing = new Filing();
        filing.id = UUID.randomUUID();
        filing.nurseryId = nurseryId;
        filing.status = FilingStatus.SUBMITTED;
        filing.authority = authority.strip();
        filing.submittedOn = submittedOn;
        filing.reviewStartedOn = submittedOn;
        filing.updatedAt = now;
        return filing;
    }

    /**
     * Whether the decision may be taken now, checked in the order an officer should learn of the problems: what the
     * decision itself lacks, a stale version (when the officer sent the one they saw), the state machine, the date.
     * Changes nothing.
     */
    public Verdict decide(FilingDecision decision, Long seenVersion, LocalDate on, String filingNumber, String reasons) {
        Optional<Refusal> lacking = decision.lacking(filingNumber, reasons);
        if (lacking.isPresent()) {
            return new Refused(lacking.get());
        }
        if (seenVersion != null && seenVersion != version) {
            return new Refused(Refusal.STALE_VERSION);
        }
        if (!decision.allowedFrom(status)) {
            return new Refused(Refusal.ILLEGAL_TRANSITION);
        }
        if (on.isBefore(previousStepOn())) {
            return new Refused(Refusal.BEFORE_PREVIOUS_STEP);
        }
        return new Step(decision, status, on, filingNumber,
                reasons == null || reasons.isBlank() ? null : reasons.strip());
    }

    /** The day of the filing's latest step; no decision may be dated before it. */
    public LocalDate previousStepOn() {
        return status == FilingStatus.SUBMITTED || decidedOn == null ? reviewStartedOn : decidedOn;
    }

    /** Takes a step {@link #decide} answered for this filing. */
    public void take(Step step, Instant now) {
        switch (step.decision()) {
            case FILE -> {
                filingNumber = step.filingNumber();
                decidedOn = step.on();
                decisionReasons = null;
            }
            case RESUBMIT -> {
                // A corrected application restarts the authority's clock; the return's reasons stay public in the
                // filing history.
                reviewStartedOn = step.on();
                decidedOn = null;
                decisionReasons = null;
            }
            case RETURN, REVOKE, CLOSE -> {
                decidedOn = step.on();
                decisionReasons = step.reasons();
            }
        }
        status = step.to();
        updatedAt = now;
    }
}
