package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 红黑名单. */
public enum CreditList implements Labelled {
    RED("红名单", "Red list"),
    BLACK("黑名单", "Black list");

    private final Text text;

    CreditList(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
