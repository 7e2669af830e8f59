package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdminSupervisionRecords", description = "Every supervision record of a nursery, newest first, with inspectors")
public record AdminSupervisionRecords(UUID nurseryId, List<AdminInspection> inspections,
                                      List<AdminQualityAssessment> qualityAssessments, List<AdminPenalty> penalties,
                                      List<AdminMisconduct> misconduct, List<AdminCreditEntry> creditEntries) {
}
