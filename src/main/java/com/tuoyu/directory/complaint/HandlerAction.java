package com.tuoyu.directory.complaint;

import java.util.EnumSet;
import java.util.Set;

import static com.tuoyu.directory.complaint.ComplaintStatus.ACCEPTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.ESCALATED;
import static com.tuoyu.directory.complaint.ComplaintStatus.INFO_REQUESTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.REJECTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.RESOLVED;
import static com.tuoyu.directory.complaint.ComplaintStatus.SUBMITTED;

/**
 * The complaint state machine as handlers and supervisors drive it: from which statuses each action is allowed
 * and where it leads (null: the status does not change). Anything else is a 409.
 */
public enum HandlerAction {
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED, false),
    REJECT(EnumSet.of(SUBMITTED), REJECTED, true),
    ASSIGN(EnumSet.of(SUBMITTED, ACCEPTED, INFO_REQUESTED, ESCALATED), null, false),
    REQUEST_INFO(EnumSet.of(ACCEPTED), INFO_REQUESTED, true),
    NOTE(EnumSet.of(SUBMITTED, ACCEPTED, INFO_REQUESTED, ESCALATED, RESOLVED, REJECTED), null, false),
    REPLY(EnumSet.of(ACCEPTED, INFO_REQUESTED, ESCALATED), null, true),
    ESCALATE(EnumSet.of(ACCEPTED, INFO_REQUESTED), ESCALATED, false),
    RETURN_TO_HANDLER(EnumSet.of(ESCALATED), ACCEPTED, false),
    RESOLVE(EnumSet.of(ACCEPTED, ESCALATED), RESOLVED, true);

    private final Set<ComplaintStatus> from;
    private final ComplaintStatus to;
    private final boolean parentSees;

    HandlerAction(Set<ComplaintStatus> from, ComplaintStatus to, boolean parentSees) {
        this.from = from;
        this.to = to;
        this.parentSees = parentSees;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    /** The status after the action, given the one before. */
    public ComplaintStatus next(ComplaintStatus current) {
        return to == null ? current : to;
    }

    /** Whether the parent sees this step (with its public text) in the complaint's history. */
    public boolean parentSees() {
        return parentSees;
    }
}
