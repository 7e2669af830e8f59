package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;

import com.tuoyu.directory.platform.text.Text;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static com.tuoyu.directory.complaint.ComplaintStatus.ACCEPTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.ESCALATED;
import static com.tuoyu.directory.complaint.ComplaintStatus.INFO_REQUESTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.REJECTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.RESOLVED;
import static com.tuoyu.directory.complaint.ComplaintStatus.SUBMITTED;

/**
 * The complaint state machine as handlers and supervisors drive it: from which statuses each action is allowed,
 * from which of those only a supervisor may take it, and where it leads (null: the status does not change).
 * Anything else is refused.
 */
public enum HandlerAction implements Labelled {
    ACCEPT("受理", "Accept", EnumSet.of(SUBMITTED), ACCEPTED, true, false),
    REJECT("不予受理", "Decline", EnumSet.of(SUBMITTED), REJECTED, true, true),
    ASSIGN("指派", "Assign", EnumSet.of(SUBMITTED, ACCEPTED, INFO_REQUESTED, ESCALATED), null, false, false),
    REQUEST_INFO("要求补充材料", "Ask for information", EnumSet.of(ACCEPTED), INFO_REQUESTED, true, true),
    NOTE("内部备注", "Internal note", EnumSet.of(SUBMITTED, ACCEPTED, INFO_REQUESTED, ESCALATED, RESOLVED, REJECTED), null, false, true),
    REPLY("答复家长", "Reply to the parent", EnumSet.of(ACCEPTED, INFO_REQUESTED, ESCALATED), null, true, true),
    ESCALATE("上报监管人员", "Escalate to a supervisor", EnumSet.of(ACCEPTED, INFO_REQUESTED), ESCALATED, false, true),
    RETURN_TO_HANDLER("退回处理人员", "Return to the handler", EnumSet.of(ESCALATED), ACCEPTED, false, false),
    RESOLVE("办结", "Resolve", EnumSet.of(ACCEPTED, ESCALATED), RESOLVED, true, true);

    /** What the handler decides with the action: the assignee (ASSIGN), the finding and its linked records (RESOLVE). */
    public record Details(String assignee, Finding finding, UUID inspectionId, UUID penaltyId) {

        public static final Details NONE = new Details(null, null, null, null);
    }

    private final Text text;
    private final Set<ComplaintStatus> from;
    private final ComplaintStatus to;
    private final boolean parentSees;
    private final boolean requiresText;

    HandlerAction(String label, String labelEn, Set<ComplaintStatus> from, ComplaintStatus to, boolean parentSees, boolean requiresText) {
        this.text = Text.of(label, labelEn);
        this.from = from;
        this.to = to;
        this.parentSees = parentSees;
        this.requiresText = requiresText;
    }

    @Override
    public Text text() {
        return text;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    /**
     * Whether, from this status, only a supervisor may take the action: an escalated complaint is the supervisor's
     * to hand back or to decide, while one that was never escalated any handler may resolve.
     */
    public boolean supervisorOnlyFrom(ComplaintStatus status) {
        return this == RETURN_TO_HANDLER || (this == RESOLVE && status == ESCALATED);
    }

    /** The status after the action, given the one before. */
    public ComplaintStatus next(ComplaintStatus current) {
        return to == null ? current : to;
    }

    /**
     * Where the action leads from {@code status}, taken by a supervisor or not; or why it may not be taken. A status
     * the action is not allowed from is refused before the caller's role is looked at.
     */
    public ComplaintTransition from(ComplaintStatus status, boolean bySupervisor) {
        if (!allowedFrom(status)) {
            return ComplaintTransition.refused(ComplaintTransition.Refusal.NOT_FROM_STATUS,
                    Text.of("状态为 " + status + " 的投诉不能执行 " + this + "。",
                            "A complaint that is " + status + " cannot be " + this + "."));
        }
        if (supervisorOnlyFrom(status) && !bySupervisor) {
            return ComplaintTransition.refused(ComplaintTransition.Refusal.SUPERVISOR_ONLY,
                    Text.of("已升级的投诉只有主管可以执行 " + this + "。",
                            "Only a supervisor may " + this + " an escalated complaint."));
        }
        return ComplaintTransition.moved(status, next(status));
    }

    /** Whether the parent sees this step (with its public text) in the complaint's history. */
    public boolean parentSees() {
        return parentSees;
    }

    /** Whether the action needs a text: a reason, question, note, reply or resolution. */
    public boolean requiresText() {
        return requiresText;
    }
}
