package com.tuoyu.directory.nurserypage.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "OpeningHours", description = "Opening hours in China Standard Time")
public record PublicOpeningHours(
        @Schema(example = "2026-11-22") LocalDate asOf,
        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "07:30") LocalTime opensAt,
        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:30") LocalTime closesAt,
        @Schema(description = "ISO days of the week the nursery is open, Monday first", example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]")
        List<DayOfWeek> openDays) {
}
