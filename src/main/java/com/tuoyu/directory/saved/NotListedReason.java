package com.tuoyu.directory.saved;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/**
 * Why a saved nursery is not in the directory now, in the words a parent understands. It was listed when saved, so
 * this is usually a change of its filing since.
 */
enum NotListedReason implements Labelled {
    RETURNED("备案被退回，暂不公示", "Filing returned; not listed for now"),
    REVOKED("备案已撤销", "Filing revoked"),
    CLOSED("机构已注销", "Nursery closed"),
    /** Filed again after a return and waiting for the authority's decision. */
    SUBMITTED("重新备案审核中，暂不公示", "Filed again; awaiting the decision, not listed for now"),
    /** No filing at all, or one the directory does not know: never shown without a reason. */
    NOT_FILED("未备案，不在公示名录中", "Not filed; not in the directory");

    private final Text text;

    NotListedReason(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }

    @Override
    public Text text() {
        return text;
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
}
