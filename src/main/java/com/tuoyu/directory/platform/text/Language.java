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

    /**
     * The language of an {@code Accept-Language} header: the most preferred range that is Chinese or English wins
     * ("en-GB,en;q=0.9" is English, "fr,en;q=0.5" English, "ja" or none Chinese). A malformed header is Chinese,
     * not an error: the language of an error answer must never itself be an error.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return ZH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (tag.equals("en") || tag.startsWith("en-")) {
                return EN;
            }
            if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
                return ZH;
            }
        }
        return ZH;
    }
}
