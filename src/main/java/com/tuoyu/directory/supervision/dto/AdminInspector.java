package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AdminInspector")
public record AdminInspector(UUID id, String divisionCode, String name, String employeeNumber, boolean active) {
}
