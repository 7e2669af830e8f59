package com.tuoyu.directory.nurserystaff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The descriptive page a nursery keeps itself. Each text an officer may hide has a column holding the reason while it
 * is hidden; hidden texts are left out of the public page, never deleted.
 */
@Entity
@Table(name = "nursery_profile")
public class NurseryProfile {

    @Id
    public UUID nurseryId;

    public String description;

    /** JSON array of {time, activity}. */
    public String dailyProgramme;

    /** JSON array of {day, meals}. */
    public String weeklyMenu;

    /** Comma-separated. */
    public String languages;

    public String website;

    public String wechatAccount;

    public String descriptionHidden;

    public String dailyProgrammeHidden;

    public String weeklyMenuHidden;

    public String websiteHidden;

    public String wechatAccountHidden;

    public Instant updatedAt;

    @Version
    public long version;

    /** The reason the text is hidden, or null while it is shown. */
    String hidden(PageText text) {
        return switch (text) {
            case DESCRIPTION -> descriptionHidden;
            case DAILY_PROGRAMME -> dailyProgrammeHidden;
            case WEEKLY_MENU -> weeklyMenuHidden;
            case WEBSITE -> websiteHidden;
            case WECHAT_OFFICIAL_ACCOUNT -> wechatAccountHidden;
        };
    }

    /** Hides the text with a reason, or shows it again with null. */
    void hide(PageText text, String reason) {
        switch (text) {
            case DESCRIPTION -> descriptionHidden = reason;
            case DAILY_PROGRAMME -> dailyProgrammeHidden = reason;
            case WEEKLY_MENU -> weeklyMenuHidden = reason;
            case WEBSITE -> websiteHidden = reason;
            case WECHAT_OFFICIAL_ACCOUNT -> wechatAccountHidden = reason;
        }
    }
}
