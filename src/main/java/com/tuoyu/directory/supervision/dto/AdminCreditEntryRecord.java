package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.CreditList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminCreditEntryRecord", description = "红黑名单 entry; set removedOn (by correcting it) to take the nursery off the list")
public record AdminCreditEntryRecord(
        @NotNull @Schema(required = true) CreditList list,
        @NotNull @Schema(required = true, example = "2026-11-01") LocalDate listedOn,
        @Schema(description = "Day the nursery came off the list; absent while listed") LocalDate removedOn,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "虐童事件，终身禁入") String reason,
        @Size(max = 500) @Schema(description = "Why the record is corrected; required when correcting") String correctionReason) {
}
