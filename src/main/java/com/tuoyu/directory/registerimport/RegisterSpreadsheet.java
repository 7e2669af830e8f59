package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;

import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.fees.dto.AdminFeeEntry;
import com.tuoyu.directory.disclosure.dto.AdminPermitsUpdate;
import com.tuoyu.directory.disclosure.dto.AdminStaffingUpdate;
import com.tuoyu.directory.registerimport.dto.AdminImportRow;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets.Sheet;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets.SheetRow;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The layout of a health commission's register spreadsheet and the rules that turn its rows into nursery imports.
 * A workbook has a {@code nurseries} sheet (one row per nursery, with its capacity and staffing) and optional
 * {@code fees} and {@code permits} sheets whose rows name their nursery by filing number. Headers may be the English
 * keys or the Chinese names commissions use (备案编号, 机构名称...). Coordinates are GCJ-02, as map pickers give them.
 * A row with any error is rejected whole, together with the fee and permit rows of its nursery.
 */
public final class RegisterSpreadsheet {

    public static final String NURSERIES = "nurseries";
    public static final String FEES = "fees";
    public static final String PERMITS = "permits";

    private static final Pattern FILING_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]\\-_/#号第]{4,40}$");
    private static final Pattern CREDIT_CODE = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    private static final Pattern DIVISION = Pattern.compile("^\\d{6}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\-() ]{7,20}$");

    /** A nursery row after parsing: what it would import, or why it cannot be. */
    public record NurseryRow(int rowNumber, String filingNumber, NurseryImport nursery, Sections sections,
                             List<CellProblem> errors, Map<String, String> cells) {
        public boolean rejected() {
            return !errors.isEmpty();
        }
    }

    /**
     * The disclosure sections a row states. Staff figures are null when the row has none; permits and fees are null
     * when the file has no rows for the nursery on those sheets, so that what is recorded is kept.
     */
    public record Sections(LocalDate asOf, List<AdminCapacityUpdate.Group> capacity,
                           List<AdminStaffingUpdate.GroupCarers> carers, StaffFigures staff,
                           List<AdminPermitsUpdate.Item> permits, List<AdminFeeEntry> fees) {
    }

    public record StaffFigures(int healthStaff, int securityStaff, BigDecimal qualifiedShare,
                               BigDecimal healthCertificateShare) {
    }

    /** The whole file: nursery rows in sheet order, and rows of other sheets that could not be tied to a nursery. */
    public record Parsed(List<NurseryRow> nurseries, List<OrphanRow> orphanRows) {
    }

    /** A fee or permit row that names no nursery of the file: rejected on its own. */
    record OrphanRow(String sheet, int rowNumber, String filingNumber, List<CellProblem> errors, Map<String, String> cells) {

        AdminImportRow in(Language language) {
            return new AdminImportRow(sheet, rowNumber, filingNumber, AdminImportRow.Outcome.REJECTED,
                    errors.stream().map(e -> e.in(language)).toList(), cells);
        }
    }

    private RegisterSpreadsheet() {
    }

    /** Finds each sheet's role: by its name in a workbook, by its header row in a CSV file. */
    public static String roleOf(Sheet sheet) {
        String name = sheet.name().strip().toLowerCase(Locale.ROOT);
        if (name.equals(NURSERIES) || name.equals("机构") || name.equals("机构信息")) {
            return NURSERIES;
        }
        if (name.equals(FEES) || name.equals("收费") || name.equals("收费标准")) {
            return FEES;
        }
        if (name.equals(PERMITS) || name.equals("证照")) {
            return PERMITS;
        }
        if (has(sheet, Column.AMOUNT_YUAN)) {
            return FEES;
        }
        if (has(sheet, Column.PERMIT_KIND) && has(sheet, Column.PERMIT_NUMBER)) {
            return PERMITS;
        }
        if (has(sheet, Column.NAME)) {
            return NURSERIES;
        }
        return null;
    }

    private static boolean has(Sheet sheet, Column column) {
        return column.names.stream().anyMatch(sheet.headers()::contains);
    }

    /** Parses the sheets of one upload. {@code today} bounds dates; nothing here touches the database. */
    public static Parsed parse(List<Sheet> sheets, LocalDate today) {
        List<NurseryRow> nurseries = new ArrayList<>();
        List<SheetRow> feeRows = new ArrayList<>();
        List<SheetRow> permitRows = new ArrayList<>();
        for (Sheet sheet : sheets) {
            String role = roleOf(sheet);
            if (NURSERIES.equals(role)) {
                sheet.rows().forEach(row -> nurseries.add(nurseryRow(row, today)));
            } else if (FEES.equals(role)) {
                feeRows.addAll(sheet.rows());
            } else if (PERMITS.equals(role)) {
                permitRows.addAll(sheet.rows());
            }
        }
        rejectDuplicateFilingNumbers(nurseries);
        Map<String, List<AdminFeeEntry>> fees = new HashMap<>();
        Map<String, List<AdminPermitsUpdate.Item>> permits = new HashMap<>();
        Map<String, List<CellProblem>> childErrors = new HashMap<>();
        List<OrphanRow> orphans = new ArrayList<>();
        Map<String, NurseryRow> byFilingNumber = new LinkedHashMap<>();
        nurseries.stream().filter(row -> row.filingNumber() != null).forEach(row -> byFilingNumber.putIfAbsent(row.filingNumber(), row));
        for (SheetRow row : feeRows) {
            attach(FEES, row, byFilingNumber, orphans, childErrors, fees, r -> feeRow(r, today));
        }
        for (SheetRow row : permitRows) {
            attach(PERMITS, row, byFilingNumber, orphans, childErrors, permits, RegisterSpreadsheet::permitRow);
        }
        List<NurseryRow> complete = nurseries.stream().map(row -> {
            if (row.filingNumber() == null || row.nursery() == null) {
                return row;
            }
            List<CellProblem> errors = new ArrayList<>(row.errors());
            errors.addAll(childErrors.getOrDefault(row.filingNumber(), List.of()));
            Sections d = row.sections();
            Sections sections = new Sections(d.asOf(), d.capacity(), d.carers(), d.staff(),
                    permits.get(row.filingNumber()), fees.get(row.filingNumber()));
            return new NurseryRow(row.rowNumber(), row.filingNumber(), row.nursery(), sections, List.copyOf(errors), row.cells());
        }).toList();
        return new Parsed(complete, orphans);
    }

    private static <T> void attach(String sheet, SheetRow row, Map<String, NurseryRow> nurseries,
                                   List<OrphanRow> orphans, Map<String, List<CellProblem>> childErrors,
                                   Map<String, List<T>> parsed, Function<Cells, T> parser) {
        Cells cells = new Cells(row);
        String filingNumber = cells.text(Column.FILING_NUMBER, true);
        if (filingNumber == null || !nurseries.containsKey(filingNumber)) {
            List<CellProblem> errors = filingNumber == null ? cells.errors
                    : List.of(CellProblem.of(Column.FILING_NUMBER.key, "机构表中没有备案编号为 " + filingNumber + " 的行",
                    "no row of the nurseries sheet has filing number " + filingNumber));
            orphans.add(new OrphanRow(sheet, row.number(), filingNumber, errors, RegisterTemplate.cells(row, sheet)));
            return;
        }
        T value = parser.apply(cells);
        if (!cells.errors.isEmpty()) {
            childErrors.computeIfAbsent(filingNumber, key -> new ArrayList<>()).addAll(cells.errors.stream()
                    .map(e -> new CellProblem(sheet + " row " + row.number() + ": " + e.column(), Text.of(
                            (FEES.equals(sheet) ? "收费表" : "证照表") + "第 " + row.number() + " 行：" + e.message().zh(),
                            e.message().en())))
                    .toList());
            return;
        }
        parsed.computeIfAbsent(filingNumber, key -> new ArrayList<>()).add(value);
    }

    private static void rejectDuplicateFilingNumbers(List<NurseryRow> rows) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NurseryRow row = rows.get(i);
            if (row.filingNumber() == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(row.filingNumber(), row.rowNumber());
            if (first != null) {
                List<CellProblem> errors = new ArrayList<>(row.errors());
                errors.add(CellProblem.of(Column.FILING_NUMBER.key,
                        "同一备案编号已在第 " + first + " 行出现；每家机构只能出现一次",
                        "the same filing number is already on row " + first + "; each nursery must appear once"));
                rows.set(i, new NurseryRow(row.rowNumber(), row.filingNumber(), null, null, List.copyOf(errors), row.cells()));
            }
        }
    }

    private static NurseryRow nurseryRow(SheetRow row, LocalDate today) {
        Cells c = new Cells(row);
        String filingNumber = c.text(Column.FILING_NUMBER, true);
        if (filingNumber != null && !FILING_NUMBER.matcher(filingNumber).matches()) {
            c.error(Column.FILING_NUMBER, "不是备案编号（4 到 40 个汉字、字母、数字或文号符号）",
                    "is not a filing number (4 to 40 letters, digits or the signs of a document number)");
        }
        String name = c.text(Column.NAME, true);
        if (name != null && (name.length() < 2 || name.length() > 100)) {
            c.error(Column.NAME, "必须为 2 到 100 个字", "must be 2 to 100 characters");
        }
        String operator = c.text(Column.OPERATOR_NAME, true);
        String creditCode = c.text(Column.CREDIT_CODE, false);
        if (creditCode != null && !CREDIT_CODE.matcher(creditCode.toUpperCase(Locale.ROOT)).matches()) {
            c.error(Column.CREDIT_CODE, "不是 18 位统一社会信用代码", "is not an 18-character unified social credit code");
        }
        RegistrationType registration = c.choice(Column.REGISTRATION_TYPE, RegistrationType.class, RegistrationType::label, true);
        OperatingModel model = c.choice(Column.OPERATING_MODEL, OperatingModel.class, OperatingModel::label, true);
        Boolean inclusive = c.bool(Column.INCLUSIVE, false);
        String division = c.text(Column.DIVISION_CODE, true);
        if (division != null && !DIVISION.matcher(division).matches()) {
            c.error(Column.DIVISION_CODE, "必须是区县的 6 位行政区划代码（GB/T 2260）", "must be the 6-digit GB/T 2260 code of a county or district");
        }
        String address = c.text(Column.ADDRESS, true);
        Double longitude = c.decimal(Column.LONGITUDE, true, 73, 136);
        Double latitude = c.decimal(Column.LATITUDE, true, 3, 54);
        LocalTime opensAt = c.time(Column.OPENS_AT, true);
        LocalTime closesAt = c.time(Column.CLOSES_AT, true);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            c.error(Column.CLOSES_AT, "必须晚于开园时间", "must be later than the opening time");
        }
        Set<DayOfWeek> openDays = c.days(Column.OPEN_DAYS);
        String phone = c.text(Column.CONTACT_PHONE, true);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            c.error(Column.CONTACT_PHONE, "不是电话号码", "is not a telephone number");
        }
        Set<CareType> careTypes = c.careTypes(Column.CARE_TYPES);
        Boolean meals = c.bool(Column.MEALS_PROVIDED, true);
        Boolean cctv = c.bool(Column.CCTV_INSTALLED, true);
        Integer retention = c.integer(Column.CCTV_RETENTION_DAYS, false, 0, 3650);
        if (Boolean.TRUE.equals(cctv) && retention == null) {
            c.error(Column.CCTV_RETENTION_DAYS, "安装视频监控时必须填写", "is required when CCTV is installed");
        }
        Boolean security = c.bool(Column.SECURITY_ON_SITE, true);
        LocalDate safetyAsOf = c.date(Column.SAFETY_AS_OF, false, today);
        String authority = c.text(Column.AUTHORITY, true);
        LocalDate submittedOn = c.date(Column.SUBMITTED_ON, true, today);
        LocalDate filedOn = c.date(Column.FILED_ON, true, today);
        if (submittedOn != null && filedOn != null && filedOn.isBefore(submittedOn)) {
            c.error(Column.FILED_ON, "不能早于申请日期", "cannot be before the application was submitted");
        }
        LocalDate staffingAsOf = c.date(Column.STAFFING_AS_OF, false, today);
        LocalDate asOf = staffingAsOf == null ? today : staffingAsOf;
        List<AdminCapacityUpdate.Group> capacity = new ArrayList<>();
        List<AdminStaffingUpdate.GroupCarers> carers = new ArrayList<>();
        capacity(c, capacity, carers);
        StaffFigures staff = staff(c);
        if (!c.errors.isEmpty()) {
            return new NurseryRow(row.number(), filingNumber, null, null, List.copyOf(c.errors),
                    RegisterTemplate.cells(row, NURSERIES));
        }
        GeoPoint wgs84 = CoordinateSystem.GCJ02.toWgs84(latitude, longitude);
        NurseryImport nursery = new NurseryImport(UUID.randomUUID(), name, operator,
                creditCode == null ? null : creditCode.toUpperCase(Locale.ROOT), registration, model,
                Boolean.TRUE.equals(inclusive), division, address, wgs84.latitude(), wgs84.longitude(), opensAt, closesAt,
                openDays, phone, careTypes, meals, cctv, retention, security, safetyAsOf == null ? today : safetyAsOf,
                new NurseryImport.FilingImport(FilingStatus.FILED, filingNumber, authority, submittedOn, filedOn, filedOn, null));
        return new NurseryRow(row.number(), filingNumber, nursery, new Sections(asOf, capacity, carers, staff, null, null),
                List.of(), RegisterTemplate.cells(row, NURSERIES));
    }

    private static void capacity(Cells c, List<AdminCapacityUpdate.Group> capacity,
                                 List<AdminStaffingUpdate.GroupCarers> carers) {
        for (AgeGroup group : AgeGroup.values()) {
            CapacityColumns columns = CapacityColumns.of(group);
            Integer slots = c.integer(columns.slots(), 0, 10_000);
            Integer enrolled = c.integer(columns.enrolled(), 0, 10_000);
            Integer classes = c.integer(columns.classes(), 0, 500);
            Integer groupCarers = c.integer(columns.carers(), 0, 10_000);
            if (slots == null && enrolled == null && classes == null && groupCarers == null) {
                continue;
            }
            if (slots == null) {
                c.error(columns.slots().get(0), "填写了" + group.label() + "的其他数字时必须填写",
                        "is required when other figures are given for the " + group.label());
                continue;
            }
            int enrolledChildren = enrolled == null ? 0 : enrolled;
            if (enrolledChildren > slots) {
                c.error(columns.enrolled().get(0), "在托 " + enrolledChildren + " 人超过托位 " + slots + " 个",
                        enrolledChildren + " children enrolled exceeds the " + slots + " slots");
            }
            // Without a class count, the fewest classes the national class size allows.
            int classCount = classes != null ? classes : (slots + group.maxClassSize() - 1) / group.maxClassSize();
            capacity.add(new AdminCapacityUpdate.Group(group, slots, enrolledChildren, classCount));
            carers.add(new AdminStaffingUpdate.GroupCarers(group, groupCarers == null ? 0 : groupCarers));
        }
        if (capacity.isEmpty()) {
            c.error(CapacityColumns.of(AgeGroup.TODDLER).slots().get(0),
                    "至少要填写一个班型的托位数（乳儿班、托小班、托大班或混合班）",
                    "at least one age group's slots are required (infant_slots, toddler_slots, preschool_slots or mixed_slots)");
        }
    }

    private static StaffFigures staff(Cells c) {
        Integer health = c.integer(Column.HEALTH_STAFF, false, 0, 1000);
        Integer security = c.integer(Column.SECURITY_STAFF, false, 0, 1000);
        BigDecimal qualified = c.share(Column.QUALIFIED_SHARE);
        BigDecimal certified = c.share(Column.HEALTH_CERTIFICATE_SHARE);
        if (health == null && security == null && qualified == null && certified == null) {
            return null;
        }
        return new StaffFigures(health == null ? 0 : health, security == null ? 0 : security,
                qualified == null ? BigDecimal.ZERO : qualified, certified == null ? BigDecimal.ZERO : certified);
    }

    private static AdminFeeEntry feeRow(Cells c, LocalDate today) {
        CareType careType = c.choice(Column.CARE_TYPE, CareType.class, CareType::label, true);
        AgeGroup group = c.choice(Column.AGE_GROUP, AgeGroup.class, AgeGroup::label, true);
        Integer amount = c.integer(Column.AMOUNT_YUAN, true, 0, 100_000);
        Integer meal = c.integer(Column.MEAL_FEE_YUAN, false, 0, 10_000);
        LocalDate effective = c.date(Column.EFFECTIVE_FROM, true, null);
        return c.errors.isEmpty() ? new AdminFeeEntry(careType, group, amount, meal, effective, null) : null;
    }

    private static AdminPermitsUpdate.Item permitRow(Cells c) {
        PermitKind kind = c.choice(Column.PERMIT_KIND, PermitKind.class, PermitKind::label, true);
        String number = c.text(Column.PERMIT_NUMBER, true);
        if (number != null && number.length() > 60) {
            c.error(Column.PERMIT_NUMBER, "不能超过 60 个字", "must be at most 60 characters");
        }
        LocalDate issued = c.date(Column.ISSUED_ON, true, null);
        LocalDate validUntil = c.date(Column.VALID_UNTIL, false, null);
        if (issued != null && validUntil != null && validUntil.isBefore(issued)) {
            c.error(Column.VALID_UNTIL, "不能早于发证日期", "cannot be before the issue date");
        }
        return c.errors.isEmpty() ? new AdminPermitsUpdate.Item(kind, number, issued, validUntil) : null;
    }
}
