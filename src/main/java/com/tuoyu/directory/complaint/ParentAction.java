package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;

import com.tuoyu.directory.platform.text.Text;
import static com.tuoyu.directory.complaint.ComplaintStatus.ACCEPTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.INFO_REQUESTED;
import static com.tuoyu.directory.complaint.ComplaintStatus.RESOLVED;

/**
 * What the parent may do with their complaint after filing it, the one status each is allowed from, and where it
 * leads. Reopening is further limited to once, within days of the resolution ({@link Complaint#reopen}).
 */
public enum ParentAction implements Labelled {
    /** Answers the handler's question; the complaint goes back to the handler. */
    PROVIDE_INFO("补充材料", "Add information", INFO_REQUESTED, ACCEPTED, "补充材料：没有人要求补充", "add information: nobody has asked for any"),
    /** Rates the outcome; the complaint stays resolved. */
    RATE("评价", "Rate", RESOLVED, RESOLVED, "在办结前评价", "be rated before it is resolved"),
    /** A dissatisfied parent has the complaint investigated again. */
    REOPEN("申请重新处理", "Ask for a new investigation", RESOLVED, ACCEPTED, "在办结前重新处理", "be reopened before it is resolved");

    private final Text text;
    private final ComplaintStatus from;
    private final ComplaintStatus to;
    private final String refusalZh;
    private final String refusal;

    ParentAction(String label, String labelEn, ComplaintStatus from, ComplaintStatus to, String refusalZh, String refusal) {
        this.refusalZh = refusalZh;
        this.text = Text.of(label, labelEn);
        this.from = from;
        this.to = to;
        this.refusal = refusal;
    }


    @Override
    public Text text() {
        return text;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return status == from;
    }

    /** Where the action leads from {@code status}, or why it may not be taken from there. */
    public ComplaintTransition from(ComplaintStatus status) {
        return allowedFrom(status) ? ComplaintTransition.moved(status, to)
                : ComplaintTransition.refused(ComplaintTransition.Refusal.NOT_FROM_STATUS,
                        Text.of("状态为 " + status + " 的投诉不能" + refusalZh + "。",
                                "A complaint that is " + status + " cannot " + refusal + "."));
    }
}
