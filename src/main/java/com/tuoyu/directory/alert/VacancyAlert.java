package com.tuoyu.directory.alert;

import com.tuoyu.directory.nursery.CareType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One parent's wish to hear when a place opens: at a saved nursery, or within a circle, for one child's age and one
 * care type. The child is only a birth month; the subscription ends by itself at {@link #expiresAt}.
 */
@Entity
@Table(name = "vacancy_alert")
public class VacancyAlert {

    public enum Kind {
        NURSERY,
        AREA
    }

    @Id
    public UUID id;

    /** The parent's account id, the access token's subject. */
    public String parentId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The nursery watched (kind NURSERY). */
    public UUID nurseryId;

    /** The centre of the circle watched, WGS-84 (kind AREA). */
    public Double latitude;

    public Double longitude;

    public Integer radiusMetres;

    /** The first day of the child's birth month. */
    public LocalDate childBirthMonth;

    @Enumerated(EnumType.STRING)
    public CareType careType;

    /** One-time WeChat subscription consents not yet spent. */
    public int wechatConsents;

    public Instant createdAt;

    public Instant expiresAt;

    boolean activeAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
