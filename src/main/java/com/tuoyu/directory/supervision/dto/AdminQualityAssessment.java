package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.QualityGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminQualityAssessment")
public record AdminQualityAssessment(UUID id, UUID nurseryId, QualityGrade grade, LocalDate assessedOn) {
}
