package com.tuoyu.directory.registerimport.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** What the import did with one row of the uploaded file, and why when it refused it. */
@Schema(name = "AdminImportRow")
public record AdminImportRow(
        @Schema(description = "Sheet the row is on: nurseries, fees or permits") String sheet,
        @Schema(description = "Row number as the spreadsheet shows it (the header is row 1)") int row,
        @Schema(description = "Filing number (备案编号) the row is about, when it could be read") String filingNumber,
        Outcome outcome,
        @Schema(description = "Every problem found on the row; empty unless REJECTED") List<CellError> errors,
        @Schema(description = "The row's non-blank cells as read, by column key (the keys errors[].column names), in the template's order")
        Map<String, String> cells) {

    /** In a dry run, what would have happened. */
    public enum Outcome {
        /** A new nursery was recorded. */
        CREATED,
        /** The nursery with this filing number was brought up to date. */
        UPDATED,
        /** The row matched what is recorded already: nothing changed. */
        UNCHANGED,
        /** Nothing of this row was stored. */
        REJECTED
    }

    public record CellError(
            @Schema(description = "The column (English key) the problem is in") String column,
            String message) {
    }
}
