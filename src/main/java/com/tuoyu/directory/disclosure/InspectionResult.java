package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** Outcome of an inspection. */
public enum InspectionResult implements Labelled {
    PASSED("合格", "Passed"),
    RECTIFICATION_REQUIRED("责令整改", "Rectification ordered"),
    FAILED("不合格", "Failed");

    private final Text text;

    InspectionResult(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
