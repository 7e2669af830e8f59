package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A price of one care type and age group from a date, never overwritten: a nursery's fee or a county's guide
 * price. A later one of the same care type and group replaces it from its own date.
 */
@MappedSuperclass
public abstract class DatedPrice {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public CareType careType;

    @Enumerated(EnumType.STRING)
    public AgeGroup ageGroup;

    /** Yuan per month for full- and half-day care, per hour for hourly care, per day for temporary care. */
    public int amountYuan;

    public LocalDate effectiveFrom;

    /** Account that recorded it; null for imported rows. */
    public String recordedBy;

    public Instant recordedAt;

    /** Why it was recorded; required when it takes effect before the day it was recorded. */
    public String reason;

    /** This price as the inclusive rule compares it. */
    public FeeRules.Price price() {
        return new FeeRules.Price(careType, ageGroup, amountYuan, effectiveFrom);
    }

    /** Where this price stands among {@code all} (itself included) of the same owner, on {@code today}. */
    public PriceState stateAmong(List<? extends DatedPrice> all, LocalDate today) {
        return PriceState.of(effectiveFrom, all.stream()
                .filter(other -> other.careType == careType && other.ageGroup == ageGroup)
                .map(other -> other.effectiveFrom).toList(), today);
    }
}
