package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminInspection", description = "An inspection with its inspectors (admin only; the public view never names them)")
public record AdminInspection(UUID id, UUID nurseryId, LocalDate inspectedOn, InspectionKind kind,
                              InspectionResult result, String findings, List<AdminInspector> inspectors) {
}
