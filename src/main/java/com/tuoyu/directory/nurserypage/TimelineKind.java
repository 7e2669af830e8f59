package com.tuoyu.directory.nurserypage;

/** What kind of event a public timeline entry records. */
public enum TimelineKind {
    FILING("备案"),
    INSPECTION("监督检查"),
    QUALITY_ASSESSMENT("质量评估"),
    PENALTY("行政处罚"),
    MISCONDUCT("不良执业行为"),
    CREDIT_LIST("红黑名单"),
    COMPLAINT("投诉核实");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
