package com.tuoyu.directory.subsidy;

/** What a subsidy's amount is paid per. */
public enum SubsidyPeriod {
    MONTH("每月", "a month"),
    YEAR("每年", "a year");

    private final String label;
    private final String labelEn;

    SubsidyPeriod(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
