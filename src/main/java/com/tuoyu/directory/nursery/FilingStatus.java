package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 备案状态. Only a nursery whose filing is {@link #FILED} is ever shown publicly. */
public enum FilingStatus implements Labelled {
    /** Application received, awaiting the authority's decision. */
    SUBMITTED("已提交", "Submitted"),
    /** Filing receipt issued (备案回执): the filing is in force. */
    FILED("已备案", "Filed"),
    /** Returned as not meeting the standards (不符合设置标准的告知), with public reasons. */
    RETURNED("已退回", "Returned"),
    /** Filing revoked by the authority. */
    REVOKED("已撤销", "Revoked"),
    /** The nursery has closed. */
    CLOSED("已注销", "Closed");

    private final Text text;

    FilingStatus(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }

    public boolean inForce() {
        return this == FILED;
    }
}
