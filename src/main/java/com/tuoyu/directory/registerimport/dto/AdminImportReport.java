package com.tuoyu.directory.registerimport.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The outcome of a register import, row by row. */
@Schema(name = "AdminImportReport")
public record AdminImportReport(
        @Schema(description = "True when nothing was stored: the file was only checked") boolean dryRun,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<AdminImportRow> rows,
        @Schema(description = "The Chinese header (as in the template) of every column key rows[].cells and errors[].column use")
        Map<String, String> headers) {
}
