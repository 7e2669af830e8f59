package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 质量评估 grade, best first. */
public enum QualityGrade implements Labelled {
    EXCELLENT("优秀", "Excellent"),
    GOOD("良好", "Good"),
    QUALIFIED("合格", "Qualified"),
    UNQUALIFIED("不合格", "Unqualified");

    private final Text text;

    QualityGrade(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
