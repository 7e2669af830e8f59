package com.tuoyu.directory.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** Received and acknowledged; waiting to be accepted or rejected. */
    SUBMITTED,
    /** Accepted; being investigated. */
    ACCEPTED,
    /** The handler asked the parent for more information. */
    INFO_REQUESTED,
    /** Handed to a supervisor. */
    ESCALATED,
    /** Decided with a finding; the parent may rate it and reopen it once within 7 days. */
    RESOLVED,
    /** Not taken up, with a public reason. */
    REJECTED;

    public boolean open() {
        return this != RESOLVED && this != REJECTED;
    }
}
