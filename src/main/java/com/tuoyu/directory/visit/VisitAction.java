package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** What each side may do to a visit request; the request's {@link VisitRequest#apply} says when. */
public enum VisitAction implements Labelled {
    /** Nursery: accepts the time asked for. */
    ACCEPT(Side.NURSERY, "机构确认参观时间", "Nursery confirmed the time"),
    /** Nursery: proposes another time. */
    PROPOSE(Side.NURSERY, "机构建议另一个时间", "Nursery proposed another time"),
    /** Nursery: declines, with a reason. */
    DECLINE(Side.NURSERY, "机构婉拒", "Nursery declined"),
    /** Parent: accepts the time the nursery proposed. */
    ACCEPT_PROPOSAL(Side.PARENT, "家长接受建议的时间", "Parent accepted the proposed time"),
    /** Parent: withdraws the request. */
    CANCEL(Side.PARENT, "家长取消", "Parent cancelled"),
    /** Parent: the request itself (history only). */
    REQUEST(Side.PARENT, "家长申请参观", "Parent asked for a visit");

    public enum Side { PARENT, NURSERY }

    private final Side side;
    private final Text text;

    VisitAction(Side side, String label, String labelEn) {
        this.side = side;
        this.text = Text.of(label, labelEn);
    }

    public Side side() {
        return side;
    }

    @Override
    public Text text() {
        return text;
    }
}
