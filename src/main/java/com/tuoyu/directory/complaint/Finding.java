package com.tuoyu.directory.complaint;

/** The outcome of an investigation. */
public enum Finding {
    SUBSTANTIATED,
    PARTLY_SUBSTANTIATED,
    NOT_SUBSTANTIATED;

    public boolean substantiated() {
        return this != NOT_SUBSTANTIATED;
    }
}
