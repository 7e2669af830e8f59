package com.tuoyu.directory.platform.text;

import java.util.Objects;

/**
 * A text for people in both languages the API speaks, written side by side where the rule that needs it lives, so
 * neither can be forgotten: {@code Text.of("没有这个托育机构。", "There is no such nursery.")}. Which one a client gets
 * is decided once per answer from its {@code Accept-Language} (see {@link Language}); the problem mapper does that
 * for every {@code ProblemException}.
 * <p>
 * Why pairs and not a keyed resource bundle: most details name ids, dates and limits; writing both sentences at the
 * call site keeps the arguments and their order obvious and cannot leave a key without its translation.
 */
public record Text(String zh, String en) {

    public Text {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("A text for people needs both its Chinese and its English wording");
        }
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** Both wordings with something put after each (e.g. a sentence that holds in either language). */
    public Text then(Text more) {
        Objects.requireNonNull(more);
        return new Text(zh + more.zh, en + " " + more.en);
    }
}
