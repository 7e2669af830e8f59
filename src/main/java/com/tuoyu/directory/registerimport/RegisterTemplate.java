package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets.SheetRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register template officers download (Chinese headers: the first Chinese name the parser accepts for each column
 * of {@link Column} and {@link CapacityColumns}, so the template is by construction what the import reads), and the
 * cells of an uploaded row by column key, so the import report can show each refused cell with what it held.
 */
public final class RegisterTemplate {

    /** A column of one sheet: the English key errors name, the Chinese header of the template, every accepted name. */
    record Header(String key, String chinese, List<String> names) {

        static Header of(Column column) {
            return new Header(column.key, column.names.get(1), column.names);
        }
    }

    static final String NURSERIES_SHEET = "机构信息";
    static final String FEES_SHEET = "收费标准";
    static final String PERMITS_SHEET = "证照";

    static final List<Header> NURSERY_COLUMNS = nurseryColumns();
    static final List<Header> FEE_COLUMNS = List.of(Header.of(Column.FILING_NUMBER), Header.of(Column.CARE_TYPE),
            Header.of(Column.AGE_GROUP), Header.of(Column.AMOUNT_YUAN), Header.of(Column.MEAL_FEE_YUAN),
            Header.of(Column.EFFECTIVE_FROM));
    static final List<Header> PERMIT_COLUMNS = List.of(Header.of(Column.FILING_NUMBER), Header.of(Column.PERMIT_KIND),
            Header.of(Column.PERMIT_NUMBER), Header.of(Column.ISSUED_ON), Header.of(Column.VALID_UNTIL));

    private RegisterTemplate() {
    }

    private static List<Header> nurseryColumns() {
        List<Header> headers = new ArrayList<>();
        for (Column c : List.of(Column.FILING_NUMBER, Column.NAME, Column.OPERATOR_NAME, Column.CREDIT_CODE,
                Column.REGISTRATION_TYPE, Column.OPERATING_MODEL, Column.INCLUSIVE, Column.DIVISION_CODE, Column.ADDRESS,
                Column.LONGITUDE, Column.LATITUDE, Column.OPENS_AT, Column.CLOSES_AT, Column.OPEN_DAYS,
                Column.CONTACT_PHONE, Column.CARE_TYPES, Column.MEALS_PROVIDED, Column.CCTV_INSTALLED,
                Column.CCTV_RETENTION_DAYS, Column.SECURITY_ON_SITE, Column.SAFETY_AS_OF, Column.AUTHORITY,
                Column.SUBMITTED_ON, Column.FILED_ON)) {
            headers.add(Header.of(c));
        }
        for (AgeGroup group : AgeGroup.values()) {
            CapacityColumns columns = CapacityColumns.of(group);
            for (List<String> names : List.of(columns.slots(), columns.enrolled(), columns.classes(), columns.carers())) {
                headers.add(new Header(names.get(0), names.get(1), names));
            }
        }
        for (Column c : List.of(Column.HEALTH_STAFF, Column.SECURITY_STAFF, Column.QUALIFIED_SHARE,
                Column.HEALTH_CERTIFICATE_SHARE, Column.STAFFING_AS_OF)) {
            headers.add(Header.of(c));
        }
        return List.copyOf(headers);
    }

    /** The Chinese header of every column key of the three sheets, for the report. */
    static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (List<Header> columns : List.of(NURSERY_COLUMNS, FEE_COLUMNS, PERMIT_COLUMNS)) {
            columns.forEach(h -> headers.putIfAbsent(h.key(), h.chinese()));
        }
        return headers;
    }

    /** The columns of a sheet by its role (nurseries, fees, permits). */
    static List<Header> columnsOf(String role) {
        return switch (role) {
            case RegisterSpreadsheet.FEES -> FEE_COLUMNS;
            case RegisterSpreadsheet.PERMITS -> PERMIT_COLUMNS;
            default -> NURSERY_COLUMNS;
        };
    }

    /** The row's non-blank cells by column key, in the template's order. */
    static Map<String, String> cells(SheetRow row, String role) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Header header : columnsOf(role)) {
            String value = row.value(header.names());
            if (value != null) {
                cells.put(header.key(), value);
            }
        }
        return cells;
    }

    /**
     * The template workbook: the three sheets with their Chinese headers and one example row each (marked as an
     * example in its name, for the officer to overwrite), filled so that it imports without a single error.
     */
    public static byte[] workbook(String exampleCounty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "nursery-directory", "1.0");
            String filingNumber = exampleCounty + "T2026EXAMPLE1";
            Map<String, String> nursery = new LinkedHashMap<>();
            nursery.put("filing_number", filingNumber);
            nursery.put("name", "示例托育中心（请改为实际机构）");
            nursery.put("operator_name", "示例托育服务有限公司");
            nursery.put("credit_code", "91360102MA35ABCD1Q");
            nursery.put("registration_type", "企业");
            nursery.put("operating_model", "民办");
            nursery.put("inclusive", "否");
            nursery.put("division_code", exampleCounty);
            nursery.put("address", "示例路1号");
            nursery.put("longitude", "115.8995");
            nursery.put("latitude", "28.6829");
            nursery.put("opens_at", "07:30");
            nursery.put("closes_at", "18:00");
            nursery.put("open_days", "周一至周五");
            nursery.put("contact_phone", "0791-86123456");
            nursery.put("care_types", "全日托、半日托");
            nursery.put("meals_provided", "否");
            nursery.put("cctv_installed", "是");
            nursery.put("cctv_retention_days", "90");
            nursery.put("security_on_site", "是");
            nursery.put("authority", "示例区卫生健康委员会");
            nursery.put("submitted_on", "2025-03-03");
            nursery.put("filed_on", "2025-03-07");
            nursery.put("toddler_slots", "30");
            nursery.put("toddler_enrolled", "24");
            nursery.put("toddler_classes", "2");
            nursery.put("toddler_carers", "6");
            nursery.put("health_staff", "1");
            nursery.put("security_staff", "1");
            nursery.put("qualified_share", "90%");
            nursery.put("health_certificate_share", "100%");
            sheet(workbook, NURSERIES_SHEET, NURSERY_COLUMNS, nursery);
            sheet(workbook, FEES_SHEET, FEE_COLUMNS, Map.of("filing_number", filingNumber, "care_type", "全日托",
                    "age_group", "托小班", "amount_yuan", "1800", "meal_fee_yuan", "300", "effective_from", "2025-03-07"));
            sheet(workbook, PERMITS_SHEET, PERMIT_COLUMNS, Map.of("filing_number", filingNumber, "kind", "营业执照",
                    "number", "91360102MA35ABCD1Q", "issued_on", "2024-12-01"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook workbook, String name, List<Header> columns, Map<String, String> example) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < columns.size(); c++) {
            Header header = columns.get(c);
            sheet.value(0, c, header.chinese());
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.max(10, header.chinese().length() * 2.2 + 2));
            String value = example.get(header.key());
            if (value != null) {
                sheet.value(1, c, value);
            }
        }
    }
}
