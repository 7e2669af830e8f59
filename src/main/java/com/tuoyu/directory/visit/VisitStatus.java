package com.tuoyu.directory.visit;

/** Where a visit request stands. */
public enum VisitStatus {
    /** The parent asked for one of the offered times; the nursery has not answered. */
    REQUESTED("待机构确认", true),
    /** The nursery proposed another time; the parent has not answered. */
    PROPOSED("机构建议改期", true),
    /** Both agreed on the time. Open until that time has passed. */
    ACCEPTED("已确认", true),
    DECLINED("机构已婉拒", false),
    CANCELLED("家长已取消", false);

    private final String label;
    private final boolean open;

    VisitStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Whether the request still counts against the parent's limit (an accepted one only until its time). */
    public boolean open() {
        return open;
    }
}
