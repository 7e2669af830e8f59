package com.tuoyu.directory.visit;

/** What each side may do to a visit request; the request's {@link VisitRequest#apply} says when. */
public enum VisitAction {
    /** Nursery: accepts the time asked for. */
    ACCEPT(Side.NURSERY, "机构确认参观时间"),
    /** Nursery: proposes another time. */
    PROPOSE(Side.NURSERY, "机构建议另一个时间"),
    /** Nursery: declines, with a reason. */
    DECLINE(Side.NURSERY, "机构婉拒"),
    /** Parent: accepts the time the nursery proposed. */
    ACCEPT_PROPOSAL(Side.PARENT, "家长接受建议的时间"),
    /** Parent: withdraws the request. */
    CANCEL(Side.PARENT, "家长取消"),
    /** Parent: the request itself (history only). */
    REQUEST(Side.PARENT, "家长申请参观");

    public enum Side { PARENT, NURSERY }

    private final Side side;
    private final String label;

    VisitAction(Side side, String label) {
        this.side = side;
        this.label = label;
    }

    public Side side() {
        return side;
    }

    public String label() {
        return label;
    }
}
