package com.tuoyu.directory.saved;

import com.tuoyu.directory.platform.text.PublicTerm;

/**
 * Why a saved nursery is not in the directory now, in the words a parent understands. It was listed when saved, so
 * this is usually a change of its filing since.
 */
enum NotListedReason {
    RETURNED("备案被退回，暂不公示"),
    REVOKED("备案已撤销"),
    CLOSED("机构已注销"),
    /** Filed again after a return and waiting for the authority's decision. */
    SUBMITTED("重新备案审核中，暂不公示"),
    /** No filing at all, or one the directory does not know: never shown without a reason. */
    NOT_FILED("未备案，不在公示名录中");

    private final String label;

    NotListedReason(String label) {
        this.label = label;
    }

    /** From the code of a filing status (null when there is no filing). */
    static NotListedReason ofFilingStatus(String status) {
        if (status == null) {
            return NOT_FILED;
        }
        return switch (status) {
            case "RETURNED" -> RETURNED;
            case "REVOKED" -> REVOKED;
            case "CLOSED" -> CLOSED;
            case "SUBMITTED" -> SUBMITTED;
            default -> NOT_FILED;
        };
    }

    PublicTerm term() {
        return new PublicTerm(name(), label);
    }
}
