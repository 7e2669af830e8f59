package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminMisconduct")
public record AdminMisconduct(UUID id, UUID nurseryId, LocalDate recordedOn, String description) {
}
