package com.tuoyu.directory.complaint;

/** Phone numbers as handlers see them by default: 138****5678. */
public final class PhoneMasks {

    private PhoneMasks() {
    }

    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
