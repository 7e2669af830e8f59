package com.tuoyu.directory.complaint;

import java.util.Locale;

/**
 * Fits a value to the limits WeChat sets on a subscribe-message keyword, by the keyword's type (the key without its
 * number: {@code thing3} is a thing): thing ≤ 20 characters, phrase ≤ 5 Chinese characters, name ≤ 10,
 * character_string ≤ 32 letters, digits and symbols, number and letter ≤ 32, symbol ≤ 5, phone_number ≤ 17,
 * car_number ≤ 8. A value over the limit is cut (a thing ends in "…"); time and date values are passed as given.
 */
final class WeChatFields {

    private WeChatFields() {
    }

    static String type(String keyword) {
        return keyword.replaceAll("[0-9]+$", "").toLowerCase(Locale.ROOT);
    }

    static String fit(String keyword, String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        return switch (type(keyword)) {
            case "thing" -> cut(v, 20, "…");
            case "phrase" -> cut(v.replaceAll("[^\\p{IsHan}]", ""), 5, "");
            case "name" -> cut(v, 10, "");
            case "character_string" -> cut(v.replaceAll("[^\\x21-\\x7E]", ""), 32, "");
            case "number" -> cut(v.replaceAll("[^0-9.]", ""), 32, "");
            case "letter" -> cut(v.replaceAll("[^A-Za-z]", ""), 32, "");
            case "symbol" -> cut(v.replaceAll("[A-Za-z0-9\\s]", ""), 5, "");
            case "phone_number" -> cut(v.replaceAll("[^0-9+\\-]", ""), 17, "");
            case "car_number" -> cut(v, 8, "");
            default -> cut(v, 20, "");
        };
    }

    /** At most {@code max} characters (code points), the last one replaced by {@code ellipsis} when cut. */
    private static String cut(String value, int max, String ellipsis) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        int keep = ellipsis.isEmpty() ? max : max - 1;
        return value.substring(0, value.offsetByCodePoints(0, keep)) + ellipsis;
    }
}
