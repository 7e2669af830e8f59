package com.tuoyu.directory.support;

/** The privacy notice version parents accept at sign-in (privacy.PrivacyNoticeTest checks the API serves it). */
public final class Notice {

    public static final String CURRENT = "2026-12-06";

    private Notice() {
    }
}
