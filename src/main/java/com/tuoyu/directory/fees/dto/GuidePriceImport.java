package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;

import java.time.LocalDate;

/** A district guide price (普惠指导价) from the date it applies. */
public record GuidePriceImport(String divisionCode, CareType careType, AgeGroup ageGroup, int amountYuan,
                               LocalDate effectiveFrom) {
}
