package com.tuoyu.directory.complaint;

/** The outcome of an investigation. */
public enum Finding {
    SUBSTANTIATED("属实"),
    PARTLY_SUBSTANTIATED("部分属实"),
    NOT_SUBSTANTIATED("不属实");

    private final String label;

    Finding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean substantiated() {
        return this != NOT_SUBSTANTIATED;
    }
}
