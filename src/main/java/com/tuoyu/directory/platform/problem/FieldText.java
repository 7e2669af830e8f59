package com.tuoyu.directory.platform.problem;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;

/** A field a request got wrong and why, in both languages; becomes a {@link Problem.FieldError} in the client's. */
public record FieldText(String field, Text message) {

    public static FieldText of(String field, String zh, String en) {
        return new FieldText(field, Text.of(zh, en));
    }

    Problem.FieldError in(Language language) {
        return new Problem.FieldError(field, message.in(language));
    }
}
