package com.tuoyu.directory.disclosure;

/** 质量评估 grade, best first. */
public enum QualityGrade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    QUALIFIED("合格"),
    UNQUALIFIED("不合格");

    private final String label;

    QualityGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
