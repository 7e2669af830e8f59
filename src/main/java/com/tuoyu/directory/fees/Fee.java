package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One published fee (收费标准) from the date it applies; later rows for the same care type and group replace it. */
@Entity
@Table(name = "fee")
public class Fee {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type")
    public CareType careType;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group")
    public AgeGroup ageGroup;

    /** Yuan per month for full- and half-day care, per hour for hourly care, per day for temporary care. */
    @Column(name = "amount_yuan")
    public int amountYuan;

    /** Monthly meal fee in yuan, when meals are served. */
    @Column(name = "meal_fee_yuan")
    public Integer mealFeeYuan;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** Account that scheduled it; null for imported rows. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public java.time.Instant recordedAt;

    /** Why it was recorded; required when it takes effect before the day it was recorded. */
    public String reason;

    /** This price as the inclusive rule compares it. */
    public FeeRules.Price price() {
        return new FeeRules.Price(careType, ageGroup, amountYuan, effectiveFrom);
    }
}
