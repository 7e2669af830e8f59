package com.tuoyu.directory.nursery;

import java.util.Optional;
import java.util.Set;

/**
 * What a filing officer can decide, and from which statuses: the transitions of the filing state machine. Anything
 * else is a conflict with the filing's current state; what each decision changes is {@link Filing#take}'s business.
 */
public enum FilingDecision {
    /** Issue the filing receipt (备案回执): needs a filing number. */
    FILE(Set.of(FilingStatus.SUBMITTED), FilingStatus.FILED, false),
    /** Return as not meeting the standards, with public reasons. */
    RETURN(Set.of(FilingStatus.SUBMITTED), FilingStatus.RETURNED, true),
    /** The nursery has sent a corrected application. */
    RESUBMIT(Set.of(FilingStatus.RETURNED), FilingStatus.SUBMITTED, false),
    /** Withdraw a filing in force, with public reasons. */
    REVOKE(Set.of(FilingStatus.FILED), FilingStatus.REVOKED, true),
    /** The nursery has stopped operating. */
    CLOSE(Set.of(FilingStatus.FILED), FilingStatus.CLOSED, true);

    private final Set<FilingStatus> from;
    private final FilingStatus to;
    private final boolean needsReasons;

    FilingDecision(Set<FilingStatus> from, FilingStatus to, boolean needsReasons) {
        this.from = from;
        this.to = to;
        this.needsReasons = needsReasons;
    }

    public boolean allowedFrom(FilingStatus status) {
        return from.contains(status);
    }

    public FilingStatus to() {
        return to;
    }

    public boolean needsReasons() {
        return needsReasons;
    }

    public boolean needsFilingNumber() {
        return this == FILE;
    }

    /**
     * What the decision lacks to be taken at all, whatever the filing's state: it can be told before the filing is
     * even loaded.
     */
    public Optional<Filing.Refusal> lacking(String filingNumber, String reasons) {
        if (needsFilingNumber() && filingNumber == null) {
            return Optional.of(Filing.Refusal.MISSING_FILING_NUMBER);
        }
        if (needsReasons && (reasons == null || reasons.isBlank())) {
            return Optional.of(Filing.Refusal.MISSING_REASONS);
        }
        return Optional.empty();
    }
}
