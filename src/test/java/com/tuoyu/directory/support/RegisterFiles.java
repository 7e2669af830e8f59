package com.tuoyu.directory.support;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds register spreadsheets as a health commission would save them: XLSX workbooks and CSV files. */
public final class RegisterFiles {

    private final Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();

    public static RegisterFiles workbook() {
        return new RegisterFiles();
    }

    /** Adds a row to a sheet; the first row of a sheet decides its headers, in insertion order. */
    public RegisterFiles row(String sheet, Map<String, Object> cells) {
        sheets.computeIfAbsent(sheet, name -> new ArrayList<>()).add(new LinkedHashMap<>(cells));
        return this;
    }

    /** A complete nursery row in the English template; change cells with {@code with}. */
    public static Map<String, Object> nursery(String filingNumber, String name, String divisionCode) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("filing_number", filingNumber);
        row.put("name", name);
        row.put("operator_name", name + "运营有限公司");
        row.put("registration_type", "ENTERPRISE");
        row.put("operating_model", "PRIVATE");
        row.put("inclusive", "否");
        row.put("division_code", divisionCode);
        row.put("address", "测试路1号");
        row.put("longitude", 116.40);
        row.put("latitude", 39.91);
        row.put("opens_at", "07:30");
        row.put("closes_at", "18:00");
        row.put("open_days", "1-5");
        row.put("contact_phone", "010-12345678");
        row.put("care_types", "全日托、半日托");
        row.put("meals_provided", "否");
        row.put("cctv_installed", "是");
        row.put("cctv_retention_days", 90);
        row.put("security_on_site", "是");
        row.put("authority", "测试区卫生健康委员会");
        row.put("submitted_on", LocalDate.of(2025, 3, 3));
        row.put("filed_on", LocalDate.of(2025, 3, 7));
        row.put("toddler_slots", 30);
        row.put("toddler_enrolled", 24);
        row.put("toddler_carers", 6);
        row.put("preschool_slots", 40);
        row.put("preschool_enrolled", 35);
        row.put("preschool_carers", 6);
        row.put("health_staff", 1);
        row.put("security_staff", 1);
        row.put("qualified_share", "90%");
        row.put("health_certificate_share", 1);
        return row;
    }

    public static Map<String, Object> with(Map<String, Object> row, Object... keysAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(row);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                changed.remove((String) keysAndValues[i]);
            } else {
                changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return changed;
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "nursery-directory-test", "1.0");
            for (Map.Entry<String, List<Map<String, Object>>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                List<String> headers = headers(sheet.getValue());
                for (int column = 0; column < headers.size(); column++) {
                    worksheet.value(0, column, headers.get(column));
                }
                for (int r = 0; r < sheet.getValue().size(); r++) {
                    Map<String, Object> cells = sheet.getValue().get(r);
                    for (int column = 0; column < headers.size(); column++) {
                        Object value = cells.get(headers.get(column));
                        if (value instanceof Number number) {
                            worksheet.value(r + 1, column, number);
                        } else if (value instanceof LocalDate date) {
                            worksheet.value(r + 1, column, date);
                            worksheet.style(r + 1, column).format("yyyy-mm-dd").set();
                        } else if (value != null) {
                            worksheet.value(r + 1, column, value.toString());
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The single sheet as CSV text in the given encoding (Excel on a Chinese Windows saves GB18030). */
    public byte[] csv(String sheet, Charset charset) {
        List<Map<String, Object>> rows = sheets.get(sheet);
        List<String> headers = headers(rows);
        StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                Object value = row.get(header);
                String cell = value == null ? "" : value.toString();
                cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private static List<String> headers(List<Map<String, Object>> rows) {
        List<String> headers = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            row.keySet().stream().filter(key -> !headers.contains(key)).forEach(headers::add);
        }
        return headers;
    }
}
