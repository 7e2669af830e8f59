package com.tuoyu.directory.nurserypage;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** What kind of event a public timeline entry records. */
public enum TimelineKind implements Labelled {
    FILING("备案", "Filing"),
    INSPECTION("监督检查", "Inspection"),
    QUALITY_ASSESSMENT("质量评估", "Quality assessment"),
    PENALTY("行政处罚", "Administrative penalty"),
    MISCONDUCT("不良执业行为", "Misconduct"),
    CREDIT_LIST("红黑名单", "Red or black list"),
    COMPLAINT("投诉核实", "Substantiated complaint");

    private final Text text;

    TimelineKind(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
