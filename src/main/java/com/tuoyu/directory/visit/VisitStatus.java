package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** Where a visit request stands. */
public enum VisitStatus implements Labelled {
    /** The parent asked for one of the offered times; the nursery has not answered. */
    REQUESTED("待机构确认", "Awaiting the nursery", true),
    /** The nursery proposed another time; the parent has not answered. */
    PROPOSED("机构建议改期", "Nursery proposed another time", true),
    /** Both agreed on the time. Open until that time has passed. */
    ACCEPTED("已确认", "Confirmed", true),
    DECLINED("机构已婉拒", "Declined by the nursery", false),
    CANCELLED("家长已取消", "Cancelled by the parent", false);

    private final Text text;
    private final boolean open;

    VisitStatus(String label, String labelEn, boolean open) {
        this.text = Text.of(label, labelEn);
        this.open = open;
    }

    @Override
    public Text text() {
        return text;
    }

    /** Whether the request still counts against the parent's limit (an accepted one only until its time). */
    public boolean open() {
        return open;
    }
}
