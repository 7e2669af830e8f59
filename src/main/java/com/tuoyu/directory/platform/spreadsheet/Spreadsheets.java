package com.tuoyu.directory.platform.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the spreadsheets health commissions keep (XLSX workbooks, or CSV as Excel and WPS save it) into plain text
 * cells, so that every import applies one set of parsing rules whatever the file type. Dates and times typed into
 * Excel arrive as ISO text ({@code 2026-03-01}, {@code 07:30}); header names are trimmed and lower-cased.
 */
public final class Spreadsheets {

    /** Rows read per sheet at most: a county's register is a few hundred rows; this bounds memory per request. */
    public static final int MAX_ROWS = 20_000;

    /** Number formats are read so that dates and times typed into Excel can be told from plain numbers. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Spreadsheets() {
    }

    /** One row of a sheet: its number as the spreadsheet shows it (header = 1) and its cells by lower-case header. */
    public record SheetRow(int number, Map<String, String> cells) {

        /** The trimmed text of the first of these columns that has a value, else null. */
        public String value(List<String> columnNames) {
            for (String name : columnNames) {
                String text = cells.get(name);
                if (text != null && !text.isBlank()) {
                    return text.strip();
                }
            }
            return null;
        }

        public boolean blank() {
            return cells.values().stream().allMatch(text -> text == null || text.isBlank());
        }
    }

    public record Sheet(String name, List<String> headers, List<SheetRow> rows) {
    }

    /** Raised for a file that is not a readable workbook or CSV text; its message is fit to show the uploader. */
    public static class UnreadableSpreadsheetException extends Exception {
        public UnreadableSpreadsheetException(String message) {
            super(message);
        }
    }

    /** Reads every sheet of an XLSX workbook, or the single sheet of a CSV file, recognised by content. */
    public static List<Sheet> read(byte[] content, String csvSheetName) throws UnreadableSpreadsheetException {
        if (content.length == 0) {
            throw new UnreadableSpreadsheetException("The file is empty.");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            return readWorkbook(content);
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw new UnreadableSpreadsheetException(
                    "Old Excel 97-2003 (.xls) files are not read: save the workbook as .xlsx or as CSV and upload again.");
        }
        return List.of(readCsv(decode(content), csvSheetName));
    }

    private static List<Sheet> readWorkbook(byte[] content) throws UnreadableSpreadsheetException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS)) {
            List<Sheet> sheets = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<Row> rows = sheet.read();
                if (rows.size() > MAX_ROWS + 1) {
                    throw new UnreadableSpreadsheetException("Sheet '" + sheet.getName() + "' has more than "
                            + MAX_ROWS + " rows: split the file and upload the parts one after another.");
                }
                sheets.add(toSheet(sheet.getName(), rows));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSpreadsheetException("The workbook could not be read: save it again as .xlsx and retry.");
        }
    }

    private static Sheet toSheet(String name, List<Row> rows) {
        if (rows.isEmpty()) {
            return new Sheet(name, List.of(), List.of());
        }
        Row headerRow = rows.get(0);
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < headerRow.getCellCount(); column++) {
            headers.add(header(headerRow.getCellText(column)));
        }
        List<SheetRow> sheetRows = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = row.hasCell(column) ? row.getCell(column) : null;
                cells.put(headers.get(column), cell == null ? null : text(cell));
            }
            SheetRow sheetRow = new SheetRow(row.getRowNum(), cells);
            if (!sheetRow.blank()) {
                sheetRows.add(sheetRow);
            }
        }
        return new Sheet(name, headers, sheetRows);
    }

    /** The cell as a person reads it: numbers without a trailing .0, dates and times in ISO form. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT);
            BigDecimal number = cell.asNumber();
            if (looksLikeTime(format) && number.compareTo(BigDecimal.ONE) < 0) {
                return cell.asDate().toLocalTime().toString();
            }
            if (looksLikeDate(format)) {
                LocalDateTime dateTime = cell.asDate();
                return dateTime.toLocalDate().toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        return cell.getText();
    }

    private static boolean looksLikeDate(String format) {
        return format.contains("yy") || format.contains("d") || format.contains("年") || format.contains("m/")
                || format.contains("-m");
    }

    private static boolean looksLikeTime(String format) {
        return format.contains("h") && !format.contains("d");
    }

    /** CSV saved by Excel on a Chinese Windows is GB18030 (ANSI); saved with "UTF-8" it carries a byte-order mark. */
    private static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static Sheet readCsv(String text, String sheetName) throws UnreadableSpreadsheetException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (headers.isEmpty()) {
                    record.forEach(name -> headers.add(header(name)));
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new UnreadableSpreadsheetException("The file has more than " + MAX_ROWS
                            + " rows: split it and upload the parts one after another.");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int column = 0; column < headers.size(); column++) {
                    cells.put(headers.get(column), column < record.size() ? record.get(column) : null);
                }
                SheetRow row = new SheetRow((int) record.getRecordNumber(), cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            if (headers.isEmpty()) {
                throw new UnreadableSpreadsheetException("The file has no header row.");
            }
            return new Sheet(sheetName, headers, rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSpreadsheetException("The CSV file could not be read: check quotes and separators (a comma).");
        }
    }

    private static String header(String raw) {
        return raw == null ? "" : raw.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }
}
