package com.tuoyu.directory.identity;

import java.util.regex.Pattern;

/** Mainland China mobile numbers (11 digits, 13x-19x). */
public final class PhoneNumbers {

    public static final String PATTERN = "^1[3-9]\\d{9}$";
    private static final Pattern MOBILE = Pattern.compile(PATTERN);

    private PhoneNumbers() {
    }

    /**
     * The ways people write a mainland mobile number: with spaces or hyphens between the digits, and with the country
     * code as +86, 0086, 86 or (+86) in front.
     */
    public static final String WRITTEN = "^(?:\\(?(?:\\+|00)?86\\)?[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}$";

    /** A number written as {@link #WRITTEN} allows, as its 11 digits; null stays null. */
    public static String normalize(String written) {
        if (written == null) {
            return null;
        }
        String digits = written.replaceAll("[^0-9]", "");
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
    }

    public static boolean valid(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** 13812341234 becomes 138****1234: what logs and non-handlers may see. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
