package com.tuoyu.directory.identity;

import java.util.regex.Pattern;

/** Mainland China mobile numbers (11 digits, 13x-19x). */
public final class PhoneNumbers {

    public static final String PATTERN = "^1[3-9]\\d{9}$";
    private static final Pattern MOBILE = Pattern.compile(PATTERN);

    private PhoneNumbers() {
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
