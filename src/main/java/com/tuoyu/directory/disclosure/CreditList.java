package com.tuoyu.directory.disclosure;

/** 红黑名单. */
public enum CreditList {
    RED("红名单"),
    BLACK("黑名单");

    private final String label;

    CreditList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
