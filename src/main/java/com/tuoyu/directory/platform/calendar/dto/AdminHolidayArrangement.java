package com.tuoyu.directory.platform.calendar.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminHolidayArrangement", description = "A year's official holiday arrangement (国务院办公厅关于部分节假日安排的通知)")
public record AdminHolidayArrangement(
        @NotBlank @Size(max = 200) @Schema(required = true, description = "The notice it comes from, e.g. 国办发明电〔2026〕N号")
        String source,
        @NotEmpty @Size(max = 30) @Schema(required = true, description = "Days off, as date ranges")
        List<@Valid @NotNull Holiday> holidays,
        @NotNull @Size(max = 30) @Schema(required = true, description = "Weekend days worked instead (调休上班); may be empty")
        List<@Valid @NotNull MakeUpDay> makeUpWorkingDays) {

    @Schema(name = "AdminHoliday")
    public record Holiday(@NotBlank @Size(max = 20) @Schema(required = true, example = "春节") String name,
                          @NotNull @Schema(required = true) LocalDate from,
                          @NotNull @Schema(required = true, description = "Last day off, included") LocalDate to) {
    }

    @Schema(name = "AdminMakeUpDay")
    public record MakeUpDay(@NotBlank @Size(max = 20) @Schema(required = true, example = "春节") String name,
                            @NotNull @Schema(required = true) LocalDate date) {
    }
}
