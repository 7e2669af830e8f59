package com.tuoyu.directory.disclosure;

/** Why an inspection took place. */
public enum InspectionKind {
    ROUTINE("日常检查"),
    RANDOM("双随机抽查"),
    COMPLAINT_DRIVEN("投诉核查");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
