package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;

import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.NurseryRow;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.Parsed;
import com.tuoyu.directory.registerimport.dto.AdminImportRow;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets.UnreadableSpreadsheetException;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.support.RegisterFiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.tuoyu.directory.support.RegisterFiles.nursery;
import static com.tuoyu.directory.support.RegisterFiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterSpreadsheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Parsed parse(byte[] file) throws UnreadableSpreadsheetException {
        return RegisterSpreadsheet.parse(Spreadsheets.read(file, RegisterSpreadsheet.NURSERIES), TODAY);
    }

    @Test
    void aCompleteWorkbookRowBecomesAFiledNurseryWithItsCapacityStaffingFeesAndPermits() throws Exception {
        byte[] file = RegisterFiles.workbook()
                .row("nurseries", with(nursery("京朝卫托备2025001", "阳光宝贝托育中心", "110105"), "meals_provided", "是"))
                .row("fees", Map.of("filing_number", "京朝卫托备2025001", "care_type", "全日托", "age_group", "托大班",
                        "amount_yuan", 3800, "meal_fee_yuan", 600, "effective_from", LocalDate.of(2026, 1, 1)))
                .row("permits", Map.of("filing_number", "京朝卫托备2025001", "kind", "食品经营许可证",
                        "number", "JY11105000000001", "issued_on", LocalDate.of(2024, 5, 1),
                        "valid_until", LocalDate.of(2029, 4, 30)))
                .xlsx();

        Parsed parsed = parse(file);

        assertThat(parsed.orphanRows()).isEmpty();
        NurseryRow row = parsed.nurseries().get(0);
        assertThat(row.errors()).isEmpty();
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.nursery().name()).isEqualTo("阳光宝贝托育中心");
        assertThat(row.nursery().filing().status()).isEqualTo(FilingStatus.FILED);
        assertThat(row.nursery().filing().filingNumber()).isEqualTo("京朝卫托备2025001");
        assertThat(row.nursery().filing().filedOn()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(row.nursery().opensAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(row.nursery().openDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(row.nursery().careTypes()).containsExactlyInAnyOrder(CareType.FULL_DAY, CareType.HALF_DAY);
        // GCJ-02 in the sheet, WGS-84 stored: the offset near Beijing is a few hundred metres
        assertThat(row.nursery().longitude()).isBetween(116.39, 116.3999);
        assertThat(row.nursery().latitude()).isBetween(39.9085, 39.9099);
        assertThat(row.sections().capacity()).extracting(c -> c.ageGroup()).containsExactly(AgeGroup.TODDLER, AgeGroup.PRESCHOOL);
        // 30 toddler slots and no class count: the fewest classes of at most 15 children
        assertThat(row.sections().capacity().get(0).classes()).isEqualTo(2);
        assertThat(row.sections().carers()).extracting(c -> c.carers()).containsExactly(6, 6);
        assertThat(row.sections().staff().qualifiedShare()).isEqualByComparingTo(new BigDecimal("0.9"));
        assertThat(row.sections().fees()).singleElement().satisfies(fee -> {
            assertThat(fee.careType()).isEqualTo(CareType.FULL_DAY);
            assertThat(fee.ageGroup()).isEqualTo(AgeGroup.PRESCHOOL);
            assertThat(fee.amountYuan()).isEqualTo(3800);
        });
        assertThat(row.sections().permits()).singleElement()
                .satisfies(permit -> assertThat(permit.kind()).isEqualTo(PermitKind.FOOD_BUSINESS_LICENCE));
    }

    @Test
    void chineseHeadersAndAGb18030CsvAreReadLikeTheEnglishTemplate() throws Exception {
        Map<String, Object> chinese = new LinkedHashMap<>();
        Map<String, String> names = Map.ofEntries(Map.entry("filing_number", "备案编号"), Map.entry("name", "机构名称"),
                Map.entry("operator_name", "举办者"), Map.entry("registration_type", "登记类型"),
                Map.entry("operating_model", "举办模式"), Map.entry("division_code", "行政区划代码"),
                Map.entry("address", "地址"), Map.entry("longitude", "经度"), Map.entry("latitude", "纬度"),
                Map.entry("opens_at", "开园时间"), Map.entry("closes_at", "离园时间"), Map.entry("contact_phone", "联系电话"),
                Map.entry("care_types", "托育类型"), Map.entry("meals_provided", "提供膳食"),
                Map.entry("cctv_installed", "视频监控"), Map.entry("cctv_retention_days", "监控保存天数"),
                Map.entry("security_on_site", "专职保安"), Map.entry("authority", "备案机关"),
                Map.entry("submitted_on", "申请日期"), Map.entry("filed_on", "备案日期"), Map.entry("toddler_slots", "托小班托位数"));
        Map<String, Object> english = nursery("沪徐卫托备2025002", "小橡树托育园", "310104");
        names.forEach((key, name) -> chinese.put(name, english.get(key)));
        chinese.put("登记类型", "企业");
        chinese.put("举办模式", "民办");
        chinese.put("开放日", "周一至周六");

        byte[] csv = RegisterFiles.workbook().row("nurseries", chinese).csv("nurseries", Charset.forName("GB18030"));
        NurseryRow row = parse(csv).nurseries().get(0);

        assertThat(row.errors()).isEmpty();
        assertThat(row.nursery().name()).isEqualTo("小橡树托育园");
        assertThat(row.nursery().openDays()).hasSize(6);
        assertThat(row.sections().permits()).as("no permits sheet: recorded permits are kept").isNull();
        assertThat(row.sections().capacity()).singleElement().satisfies(c -> assertThat(c.slots()).isEqualTo(30));
    }

    @Test
    void everyProblemOfARejectedRowIsReportedWithItsColumn() throws Exception {
        byte[] csv = RegisterFiles.workbook()
                .row("nurseries", with(nursery("京朝卫托备2025003", "坏数据托育", "1101"),
                        "registration_type", "COMPANY", "latitude", 95, "closes_at", "07:00",
                        "toddler_enrolled", 31, "submitted_on", "2026-13-01", "name", null))
                .csv("nurseries", StandardCharsets.UTF_8);

        NurseryRow row = parse(csv).nurseries().get(0);

        assertThat(row.rejected()).isTrue();
        assertThat(row.nursery()).isNull();
        assertThat(row.errors()).extracting(CellProblem::column).contains("name", "registration_type",
                "division_code", "latitude", "closes_at", "toddler_enrolled", "submitted_on");
        // Worded in Chinese (the report's default) as well as in English.
        assertThat(row.errors()).allSatisfy(error -> assertThat(error.message().zh()).matches("(?s).*\\p{IsHan}.*"));
    }

    @Test
    void aBadFeeRowRejectsItsNurseryAndAFeeForAnUnknownFilingNumberIsReportedOnItsOwn() throws Exception {
        byte[] file = RegisterFiles.workbook()
                .row("nurseries", nursery("京朝卫托备2025005", "费用有误托育", "110105"))
                .row("fees", Map.of("filing_number", "京朝卫托备2025005", "care_type", "全日托", "age_group", "托大班",
                        "amount_yuan", "三千", "effective_from", "2026-01-01"))
                .row("fees", Map.of("filing_number", "京朝卫托备2099999", "care_type", "全日托", "age_group", "托大班",
                        "amount_yuan", 3000, "effective_from", "2026-01-01"))
                .xlsx();

        Parsed parsed = parse(file);

        assertThat(parsed.nurseries().get(0).errors()).singleElement()
                .satisfies(error -> assertThat(error.column()).isEqualTo("fees row 2: amount_yuan"));
        assertThat(parsed.orphanRows()).singleElement().satisfies(orphan -> {
            assertThat(orphan.sheet()).isEqualTo("fees");
            assertThat(orphan.rowNumber()).isEqualTo(3);
            assertThat(orphan.in(Language.ZH).outcome()).isEqualTo(AdminImportRow.Outcome.REJECTED);
            assertThat(orphan.in(Language.ZH).errors().get(0).message()).isEqualTo("机构表中没有备案编号为 京朝卫托备2099999 的行");
        });
    }

    @Test
    void theSameFilingNumberTwiceRejectsTheSecondRow() throws Exception {
        byte[] file = RegisterFiles.workbook()
                .row("nurseries", nursery("京朝卫托备2025006", "第一家", "110105"))
                .row("nurseries", nursery("京朝卫托备2025006", "第二家", "110105"))
                .xlsx();

        List<NurseryRow> rows = parse(file).nurseries();

        assertThat(rows.get(0).rejected()).isFalse();
        assertThat(rows.get(1).errors()).singleElement()
                .satisfies(error -> {
                    assertThat(error.message().en()).contains("row 2");
                    assertThat(error.message().zh()).contains("第 2 行");
                });
    }

    @Test
    void anOldExcelFileOrAnEmptyFileIsRefusedWithAnActionableMessage() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertThatThrownBy(() -> Spreadsheets.read(xls, "nurseries")).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> Spreadsheets.read(new byte[0], "nurseries")).hasMessageContaining("empty");
    }
}
