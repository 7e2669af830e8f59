package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** Why an inspection took place. */
public enum InspectionKind implements Labelled {
    ROUTINE("日常检查", "Routine inspection"),
    RANDOM("双随机抽查", "Random inspection"),
    COMPLAINT_DRIVEN("投诉核查", "Complaint check");

    private final Text text;

    InspectionKind(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
