package com.tuoyu.directory.subsidy.dto;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.subsidy.ParentChoice;
import com.tuoyu.directory.subsidy.SubsidyPeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminSubsidy", description = "A subsidy as supervisors keep it")
public record AdminSubsidy(
        UUID id,
        String divisionCode,
        String name,
        String nameEn,
        String source,
        String sourceUrl,
        int amountYuan,
        SubsidyPeriod period,
        @Schema(description = "The amount a month (a yearly one divided by 12, rounded to whole yuan)") int monthlyYuan,
        Integer minAgeMonths,
        Integer maxAgeMonths,
        @Schema(description = "Empty: all care types") List<CareType> careTypes,
        boolean inclusiveOnly,
        ParentChoice parentChoice,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "IN_FORCE, SCHEDULED or ENDED today") String state,
        String recordedBy,
        Instant recordedAt,
        @Schema(description = "Grows with every change") int version) {
}
