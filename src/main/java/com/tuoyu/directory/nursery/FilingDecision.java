package com.tuoyu.directory.nursery;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a filing officer can decide, and from which statuses: the transitions of the filing state machine. Anything
 * else is a conflict with the filing's current state; what each decision changes is {@link Filing#take}'s business.
 */
public enum FilingDecision {
    /** Issue the filing receipt (备案回执): needs a filing number. */
    FILE(Set.of(FilingStatus.SUBMITTED), FilingStatus.FILED, false, "出具备案回执"),
    /** Return as not meeting the standards, with public reasons. */
    RETURN(Set.of(FilingStatus.SUBMITTED), FilingStatus.RETURNED, true, "告知不符合设置标准（退回）"),
    /** The nursery has sent a corrected application. */
    RESUBMIT(Set.of(FilingStatus.RETURNED), FilingStatus.SUBMITTED, false, "重新提交"),
    /** Withdraw a filing in force, with public reasons. */
    REVOKE(Set.of(FilingStatus.FILED), FilingStatus.REVOKED, true, "撤销备案"),
    /** The nursery has stopped operating. */
    CLOSE(Set.of(FilingStatus.FILED), FilingStatus.CLOSED, true, "注销（机构停办）");

    private final Set<FilingStatus> from;
    private final FilingStatus to;
    private final boolean needsReasons;
    private final String label;

    FilingDecision(Set<FilingStatus> from, FilingStatus to, boolean needsReasons, String label) {
        this.from = from;
        this.to = to;
        this.needsReasons = needsReasons;
        this.label = label;
    }

    /** The decisions the state machine allows from a status, in declaration order (what an officer is offered). */
    public static List<FilingDecision> possibleFrom(FilingStatus status) {
        return Arrays.stream(values()).filter(d -> d.allowedFrom(status)).toList();
    }

    /** The decision as the console names it. */
    public String label() {
        return label;
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
