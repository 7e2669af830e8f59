package com.tuoyu.directory.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** Received and acknowledged; waiting to be accepted or rejected. */
    SUBMITTED("待受理"),
    /** Accepted; being investigated. */
    ACCEPTED("办理中"),
    /** The handler asked the parent for more information. */
    INFO_REQUESTED("待家长补充"),
    /** Handed to a supervisor. */
    ESCALATED("已上报"),
    /** Decided with a finding; the parent may rate it and reopen it once within 7 days. */
    RESOLVED("已办结"),
    /** Not taken up, with a public reason. */
    REJECTED("不予受理");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    /** As parents and handlers read it. */
    public String label() {
        return label;
    }

    public boolean open() {
        return this != RESOLVED && this != REJECTED;
    }
}
