package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;

/**
 * What a complaint answers when asked to take an action: the status it goes from and to (the same for actions that
 * leave it where it is), or why it refuses. A refusal changes nothing.
 */
public sealed interface ComplaintTransition {

    /** The action is allowed and moves the complaint from one status to the next. */
    record Moved(ComplaintStatus from, ComplaintStatus to) implements ComplaintTransition {
    }

    /** The action is not allowed; {@code detail} tells the caller why, in words they can act on. */
    record Refused(Refusal reason, String detail) implements ComplaintTransition {

        /** The problem the caller gets: a role the caller lacks is 403, anything else a conflict with the state, 409. */
        public ProblemException problem() {
            return reason == Refusal.SUPERVISOR_ONLY ? new ProblemException(ProblemType.FORBIDDEN, detail)
                    : ProblemException.conflict(detail);
        }
    }

    enum Refusal {
        /** The action is not allowed from the complaint's status. */
        NOT_FROM_STATUS,
        /** The action is allowed from this status, but to a supervisor only. */
        SUPERVISOR_ONLY,
        /** A resolution is rated once. */
        ALREADY_RATED,
        /** A complaint is reopened once at most. */
        ALREADY_REOPENED,
        /** The days after the resolution during which the parent may reopen have passed. */
        TOO_LATE_TO_REOPEN
    }

    static ComplaintTransition moved(ComplaintStatus from, ComplaintStatus to) {
        return new Moved(from, to);
    }

    static ComplaintTransition refused(Refusal reason, String detail) {
        return new Refused(reason, detail);
    }
}
