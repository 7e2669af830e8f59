package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.platform.spreadsheet.Spreadsheets;
import com.tuoyu.directory.support.RegisterFiles;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.support.RegisterFiles.nursery;
import static com.tuoyu.directory.support.RegisterFiles.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register template the console offers for download: Chinese headers for every column the import reads, and an
 * example that imports without errors; and the import report's cells, which let the console show each refused cell.
 */
@QuarkusTest
class RegisterTemplateTest {

    /** 红古区, Lanzhou: the import tests' county; only dry runs here, so nothing is stored. */
    private static final String COUNTY = "620111";
    private static final String OFFICER = Tokens.staff("FILING_OFFICER", "officer-template", COUNTY);

    @Test
    void theTemplateHasChineseHeadersForEveryColumnAndImportsWithoutASingleError() throws Exception {
        var answer = given().auth().oauth2(OFFICER).get("/api/v1/admin/imports/register/template").then().statusCode(200)
                .header("Content-Type", RegisterImportResource.XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"))
                .extract();
        byte[] template = answer.asByteArray();

        List<Spreadsheets.Sheet> sheets = Spreadsheets.read(template, RegisterSpreadsheet.NURSERIES);
        assertThat(sheets).extracting(Spreadsheets.Sheet::name).containsExactly("机构信息", "收费标准", "证照");
        assertThat(sheets).extracting(RegisterSpreadsheet::roleOf)
                .containsExactly(RegisterSpreadsheet.NURSERIES, RegisterSpreadsheet.FEES, RegisterSpreadsheet.PERMITS);
        assertThat(sheets.get(0).headers()).contains("备案编号", "机构名称", "行政区划代码", "乳儿班托位数", "托大班保育人员")
                .hasSize(RegisterTemplate.NURSERY_COLUMNS.size())
                .allSatisfy(header -> assertThat(header).as("a Chinese header").matches(".*\\p{IsHan}.*"));
        // Every header is one the parser reads for its column: the example row's cells all land on their keys.
        List<Spreadsheets.SheetRow> rows = sheets.get(0).rows();
        assertThat(rows).hasSize(1);
        assertThat(RegisterTemplate.cells(rows.get(0), RegisterSpreadsheet.NURSERIES)).containsEntry("division_code", COUNTY)
                .containsEntry("toddler_slots", "30").hasSize(rows.get(0).cells().values().stream().filter(v -> v != null && !v.isBlank()).toList().size());

        RegisterSpreadsheet.Parsed parsed = RegisterSpreadsheet.parse(sheets, LocalDate.now());
        assertThat(parsed.orphanRows()).isEmpty();
        assertThat(parsed.nurseries()).singleElement().satisfies(row -> {
            assertThat(row.errors()).isEmpty();
            assertThat(row.sections().fees()).hasSize(1);
            assertThat(row.sections().permits()).hasSize(1);
        });

        // And through the import itself, every rule applied (a dry run stores nothing).
        JsonPath report = given().auth().oauth2(OFFICER).multiPart("file", "template.xlsx", template, RegisterImportResource.XLSX)
                .queryParam("dryRun", true).post("/api/v1/admin/imports/register").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("rejected")).as(report.prettify()).isZero();
        assertThat(report.getInt("created")).isEqualTo(1);
    }

    @Test
    void onlyFilingOfficersGetTheTemplate() {
        given().auth().oauth2(Tokens.staff("HANDLER", "handler-template", COUNTY))
                .get("/api/v1/admin/imports/register/template").then().statusCode(403);
    }

    @Test
    void theReportCarriesEachRowsCellsByTheKeysItsErrorsName() {
        String filingNumber = "甘红卫托备" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] workbook = RegisterFiles.workbook().row("nurseries", with(nursery(filingNumber, "红古区报告单元格托育园", COUNTY),
                "longitude", "东经102度", "latitude", 36.35, "contact_phone", "电话待定")).xlsx();
        JsonPath report = given().auth().oauth2(OFFICER).multiPart("file", "register.xlsx", workbook, "application/octet-stream")
                .queryParam("dryRun", true).post("/api/v1/admin/imports/register").then().statusCode(200).extract().jsonPath();
        Map<String, String> cells = report.getMap("rows[0].cells");
        List<String> refused = report.getList("rows[0].errors.column");
        assertThat(report.getString("rows[0].outcome")).isEqualTo("REJECTED");
        assertThat(refused).contains("longitude", "contact_phone");
        assertThat(cells).containsEntry("longitude", "东经102度").containsEntry("contact_phone", "电话待定")
                .containsEntry("name", "红古区报告单元格托育园").containsKeys(refused.toArray(String[]::new));
        // Chinese by default, every message of the row.
        assertThat(report.getList("rows[0].errors.message", String.class)).contains("不是电话号码")
                .allSatisfy(message -> assertThat(message).matches("(?s).*\\p{IsHan}.*"));
        assertThat(report.getMap("headers", String.class, String.class)).containsEntry("longitude", "经度")
                .containsEntry("contact_phone", "联系电话").containsEntry("infant_slots", "乳儿班托位数");
    }
}
