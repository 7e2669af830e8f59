package com.tuoyu.directory.registerimport.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The outcome of a register import, row by row. */
@Schema(name = "AdminImportReport")
public record AdminImportReport(
        @Schema(description = "True when nothing was stored: the file was only checked") boolean dryRun,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<AdminImportRow> rows) {
}
