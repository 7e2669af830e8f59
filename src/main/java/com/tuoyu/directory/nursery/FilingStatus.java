package com.tuoyu.directory.nursery;

/** 备案状态. Only a nursery whose filing is {@link #FILED} is ever shown publicly. */
public enum FilingStatus {
    /** Application received, awaiting the authority's decision. */
    SUBMITTED("已提交"),
    /** Filing receipt issued (备案回执): the filing is in force. */
    FILED("已备案"),
    /** Returned as not meeting the standards (不符合设置标准的告知), with public reasons. */
    RETURNED("已退回"),
    /** Filing revoked by the authority. */
    REVOKED("已撤销"),
    /** The nursery has closed. */
    CLOSED("已注销");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inForce() {
        return this == FILED;
    }
}
