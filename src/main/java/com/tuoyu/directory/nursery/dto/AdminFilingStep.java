package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "AdminFilingStep", description = "One change of the filing's status")
public record AdminFilingStep(FilingStatus from, FilingStatus to, LocalDate on, String reasons, Instant recordedAt) {
}
