package com.tuoyu.directory.complaint;

import static com.tuoyu.directory.complaint.ComplaintStatus.ACCEPTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.INFO_REQUESTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.RESOLVED;

/**
 * What the parent may do with their complaint after filing it, the one status each is allowed from, and where it
 * leads. Reopening is further limited to once, within days of the resolution ({@link Complaint#reopen}).
 */
public enum ParentAction {
    /** Answers the handler's question; the complaint goes back to the handler. */
    PROVIDE_INFO("补充材料", INFO_REQUESTED, ACCEPTED, "add information: nobody has asked for any"),
    /** Rates the outcome; the complaint stays resolved. */
    RATE("评价", RESOLVED, RESOLVED, "be rated before it is resolved"),
    /** A dissatisfied parent has the complaint investigated again. */
    REOPEN("申请重新处理", RESOLVED, ACCEPTED, "be reopened before it is resolved");

    private final String label;
    private final ComplaintStatus from;
    private final ComplaintStatus to;
    private final String refusal;

    ParentAction(String label, ComplaintStatus from, ComplaintStatus to, String refusal) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.refusal = refusal;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return status == from;
    }

    /** Where the action leads from {@code status}, or why it may not be taken from there. */
    public ComplaintTransition from(ComplaintStatus status) {
        return allowedFrom(status) ? ComplaintTransition.moved(status, to)
                : ComplaintTransition.refused(ComplaintTransition.Refusal.NOT_FROM_STATUS,
                        "A complaint that is " + status + " cannot " + refusal + ".");
    }
}
