package com.tuoyu.directory.complaint;

/** What became of one notification to a parent; recorded once per outbox event. */
public enum NotificationOutcome {
    /** Sent as a WeChat subscribe message. */
    SENT,
    /** Written to the log (development). */
    LOGGED,
    /** The parent has no WeChat link (signed in by SMS only): they follow the complaint in the app. */
    NO_WECHAT,
    /** The parent has not subscribed to the template (WeChat 43101), or WeChat does not know them. */
    REFUSED,
    /** No template is configured for this kind of notification. */
    NO_TEMPLATE
}
