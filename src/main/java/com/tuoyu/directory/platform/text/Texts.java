package com.tuoyu.directory.platform.text;

/** Small text rules every feature applies to what people type. */
public final class Texts {

    private Texts() {
    }

    /** Null for null or blank text, else the text without surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
