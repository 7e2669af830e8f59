package com.tuoyu.directory.platform.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages the API answers people in: simplified Chinese by default, English when the request's
 * {@code Accept-Language} prefers it. One answer is in one language, never a mix.
 */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The locales of {@code quarkus.locales}, in order; Hibernate Validator words its messages in one of them. */
    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);

    /**
     * The language of an {@code Accept-Language} header, chosen the way Quarkus chooses the locale of Bean Validation
     * messages (basic filtering of the header's ranges against {@code quarkus.locales=zh-CN,en}), so that a
     * problem's title and its field messages agree: "en-GB,en;q=0.9" and "fr,en;q=0.5" are English, "zh", "ja" or
     * none Chinese, and "zh-TW,en;q=0.5" English (zh-TW is not zh-CN). A malformed header is Chinese, not an
     * error: the language of an error answer must never itself be an error.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        List<Locale> matching;
        try {
            matching = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
        } catch (IllegalArgumentException malformed) {
            return ZH;
        }
        return !matching.isEmpty() && matching.get(0).getLanguage().equals("en") ? EN : ZH;
    }
}
