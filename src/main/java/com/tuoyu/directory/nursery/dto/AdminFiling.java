package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminFiling")
public record AdminFiling(UUID nurseryId, FilingStatus status, String filingNumber, String authority,
                          LocalDate submittedOn, LocalDate decidedOn, String decisionReasons) {
}
