package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** The outcome of an investigation. */
public enum Finding implements Labelled {
    SUBSTANTIATED("属实", "Substantiated"),
    PARTLY_SUBSTANTIATED("部分属实", "Partly substantiated"),
    NOT_SUBSTANTIATED("不属实", "Not substantiated");

    private final Text text;

    Finding(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }

    public boolean substantiated() {
        return this != NOT_SUBSTANTIATED;
    }
}
