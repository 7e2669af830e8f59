package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** Where a complaint stands. */
public enum ComplaintStatus implements Labelled {
    /** Received and acknowledged; waiting to be accepted or rejected. */
    SUBMITTED("待受理", "Awaiting acceptance"),
    /** Accepted; being investigated. */
    ACCEPTED("办理中", "Being handled"),
    /** The handler asked the parent for more information. */
    INFO_REQUESTED("待家长补充", "Waiting for the parent"),
    /** Handed to a supervisor. */
    ESCALATED("已上报", "Escalated"),
    /** Decided with a finding; the parent may rate it and reopen it once within 7 days. */
    RESOLVED("已办结", "Resolved"),
    /** Not taken up, with a public reason. */
    REJECTED("不予受理", "Not accepted");

    private final Text text;

    ComplaintStatus(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }

    @Override
    public Text text() {
        return text;
    }

    public boolean open() {
        return this != RESOLVED && this != REJECTED;
    }
}
