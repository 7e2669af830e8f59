package com.tuoyu.directory.platform.text;

/** A value people see by its label, worded in both languages the API speaks (policy terms are enums). */
public interface Labelled {

    String name();

    Text text();

    /** The Chinese label, for texts that are always Chinese (spreadsheets, SMS, WeChat messages). */
    default String label() {
        return text().zh();
    }

    /** As a term for an answer: the stable code and the label in the answer's language. */
    default PublicTerm term() {
        return new PublicTerm(name(), text());
    }
}
