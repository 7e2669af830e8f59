package com.tuoyu.directory.nursery.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminFilingApplication", description = "The filing application received with the registration")
public record AdminFilingApplication(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "南昌市东湖区卫生健康委员会") String authority,
        @NotNull @Schema(required = true, description = "Day the application was received; the review clock starts here",
                example = "2026-11-20") LocalDate submittedOn) {
}
