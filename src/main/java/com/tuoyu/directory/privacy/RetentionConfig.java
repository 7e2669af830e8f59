package com.tuoyu.directory.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Optional;

/**
 * How long personal data is kept (PIPL art. 19: no longer than the purpose needs), counted from the event named.
 * The daily purge ({@link RetentionSchedule}) applies it.
 */
@ConfigMapping(prefix = "nursery.retention")
public interface RetentionConfig {

    /** The reporter's contact number, after the complaint is closed (resolved or not accepted). */
    @WithDefault("P3Y")
    Period complaintContact();

    /** Complaint photos, after the complaint is closed, unless a penalty relies on them. */
    @WithDefault("P1Y")
    Period complaintPhotos();

    /** A parent account without sign-in for this long is deleted (as the parent could delete it)... */
    @WithDefault("P2Y")
    Period inactiveAccount();

    /** ...once told this long before. */
    @WithDefault("P30D")
    Period inactivityNotice();

    /**
     * The audit trail is kept at least this long; the purge never deletes audit entries (the table is append-only;
     * entries older than this are archived by the operator, see README). Less than six years is refused at start.
     */
    @WithDefault("P6Y")
    Period audit();

    /** When the daily purge runs (cron, China time). */
    @WithDefault("0 30 3 * * ?")
    String purgeCron();

    /**
     * The SMS template (gateway code) of the notice of deletion for inactivity, sent to parents with a phone who have
     * not withdrawn consent to notifications; without it the notice is only recorded (and the deletion still waits).
     */
    Optional<String> inactivityNoticeSmsTemplate();
}
