package com.tuoyu.directory.disclosure;

/** Outcome of an inspection. */
public enum InspectionResult {
    PASSED("合格"),
    RECTIFICATION_REQUIRED("责令整改"),
    FAILED("不合格");

    private final String label;

    InspectionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
