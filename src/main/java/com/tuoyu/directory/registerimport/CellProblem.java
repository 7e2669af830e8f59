package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.registerimport.dto.AdminImportRow;

/** A problem with one cell (or the row, or a field a rule names), worded in both languages until the report is built. */
record CellProblem(String column, Text message) {

    static CellProblem of(String column, String zh, String en) {
        return new CellProblem(column, Text.of(zh, en));
    }

    AdminImportRow.CellError in(Language language) {
        return new AdminImportRow.CellError(column, message.in(language));
    }
}
