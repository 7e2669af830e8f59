package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.RegisterFiles;
import com.tuoyu.directory.support.SearchIndexSupport;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.support.RegisterFiles.nursery;
import static com.tuoyu.directory.support.RegisterFiles.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class RegisterImportTest {

    /** 红古区, Lanzhou: far from the nurseries other tests change. */
    private static final String COUNTY = "620111";
    private static final String OFFICER = Tokens.staff("FILING_OFFICER", "officer-import", COUNTY);

    private static String filingNumber() {
        return "甘红卫托备" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> lanzhouNursery(String filingNumber, String name) {
        return with(nursery(filingNumber, name, COUNTY), "longitude", 102.87, "latitude", 36.35);
    }

    private static ValidatableResponse upload(byte[] file, String fileName, boolean dryRun) {
        // In English: these tests read the rules' own wording (RegisterTemplateTest reads the Chinese default).
        return given().auth().oauth2(OFFICER).header("Accept-Language", "en")
                .multiPart("file", fileName, file, "application/octet-stream")
                .queryParam("dryRun", dryRun)
                .post("/api/v1/admin/imports/register")
                .then();
    }

    @Test
    void aWorkbookWithGoodAndBadRowsStoresTheGoodOnesAndReportsTheBadOnesByRowAndColumn() {
        String good = filingNumber();
        String goodWithMeals = filingNumber();
        String badCoordinates = filingNumber();
        String otherDistrict = filingNumber();
        String mealsWithoutLicence = filingNumber();
        String oversizedClasses = filingNumber();
        byte[] workbook = RegisterFiles.workbook()
                .row("nurseries", lanzhouNursery(good, "红古区导入托育园" + good.substring(5)))
                .row("nurseries", with(lanzhouNursery(goodWithMeals, "红古区膳食托育园" + goodWithMeals.substring(5)),
                        "meals_provided", "是", "inclusive", "否"))
                .row("nurseries", with(lanzhouNursery(badCoordinates, "坐标错误托育园"), "latitude", "北纬36度"))
                .row("nurseries", with(nursery(otherDistrict, "外区托育园", "360103"), "longitude", 115.87, "latitude", 28.65))
                .row("nurseries", with(lanzhouNursery(mealsWithoutLicence, "无证膳食托育园"), "meals_provided", "是"))
                .row("nurseries", with(lanzhouNursery(oversizedClasses, "大班额托育园"), "toddler_slots", 40,
                        "toddler_classes", 2))
                .row("fees", Map.of("filing_number", goodWithMeals, "care_type", "FULL_DAY", "age_group", "PRESCHOOL",
                        "amount_yuan", 2600, "meal_fee_yuan", 450, "effective_from", LocalDate.of(2026, 1, 1)))
                .row("permits", Map.of("filing_number", goodWithMeals, "kind", "FOOD_BUSINESS_LICENCE",
                        "number", "JY16201110000001", "issued_on", LocalDate.of(2025, 1, 1), "valid_until", LocalDate.of(2030, 1, 1)))
                .xlsx();

        upload(workbook, "红古区托育机构备案台账.xlsx", false)
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(2))
                .body("rejected", equalTo(4))
                .body("rows.find { it.filingNumber == '" + good + "' }.outcome", equalTo("CREATED"))
                .body("rows.find { it.filingNumber == '" + goodWithMeals + "' }.outcome", equalTo("CREATED"))
                .body("rows.find { it.filingNumber == '" + badCoordinates + "' }.row", equalTo(4))
                .body("rows.find { it.filingNumber == '" + badCoordinates + "' }.errors.column", contains("latitude"))
                .body("rows.find { it.filingNumber == '" + otherDistrict + "' }.errors[0].message",
                        containsString("outside the districts you administer"))
                .body("rows.find { it.filingNumber == '" + mealsWithoutLicence + "' }.errors.message",
                        hasItem(containsString("food business licence")))
                .body("rows.find { it.filingNumber == '" + oversizedClasses + "' }.errors.message",
                        hasItem(containsString("at most 15 children")));

        assertThat(Database.count("select count(*) from filing where filing_number in (?, ?, ?, ?)", badCoordinates,
                otherDistrict, mealsWithoutLicence, oversizedClasses)).as("a rejected row changes nothing").isZero();
        List<Map<String, Object>> stored = Database.rows(
                "select n.id, f.status from nursery n join filing f on f.nursery_id = n.id where f.filing_number = ?", goodWithMeals);
        assertThat(stored).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("FILED"));
        String id = stored.get(0).get("id").toString();
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'NURSERY_IMPORTED'", id))
                .isEqualTo(1);
        assertThat(Database.rows("select distinct source from disclosure_revision where nursery_id = ?::uuid", id))
                .extracting(row -> row.get("source")).containsExactly("BULK_IMPORT");

        given().get("/api/v1/nurseries/{id}", id).then().statusCode(200)
                .body("filing.number", equalTo(goodWithMeals))
                .body("fees.current.amountYuan", hasItem(2600))
                .body("permits.items.kind.code", hasItem("FOOD_BUSINESS_LICENCE"));
        SearchIndexSupport.awaitIndexCaughtUp();
        given().queryParam("division", COUNTY).queryParam("q", "红古区膳食托育园").get("/api/v1/nurseries").then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndStoresNothing() {
        String number = filingNumber();
        byte[] csv = RegisterFiles.workbook().row("nurseries", lanzhouNursery(number, "试导入托育园"))
                .csv("nurseries", StandardCharsets.UTF_8);

        upload(csv, "register.csv", true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .body("rows[0].outcome", equalTo("CREATED"));

        assertThat(Database.count("select count(*) from filing where filing_number = ?", number)).isZero();
    }

    @Test
    void theSameFileAgainChangesNothingAndAChangedRowUpdatesTheNurseryFoundByItsFilingNumber() {
        String number = filingNumber();
        String name = "重复导入托育园" + number.substring(5);
        Map<String, Object> row = lanzhouNursery(number, name);
        byte[] first = RegisterFiles.workbook().row("nurseries", row).csv("nurseries", StandardCharsets.UTF_8);

        upload(first, "register.csv", false).statusCode(200).body("created", equalTo(1));
        String id = Database.rows("select nursery_id from filing where filing_number = ?", number).get(0).get("nursery_id").toString();
        long version = (long) Database.rows("select version from nursery where id = ?::uuid", id).get(0).get("version");
        long revisions = Database.count("select count(*) from disclosure_revision where nursery_id = ?::uuid", id);

        upload(first, "register.csv", false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
        assertThat(Database.count("select count(*) from filing where filing_number = ?", number)).isEqualTo(1);
        assertThat(Database.rows("select version from nursery where id = ?::uuid", id).get(0).get("version")).isEqualTo(version);
        assertThat(Database.count("select count(*) from disclosure_revision where nursery_id = ?::uuid", id)).isEqualTo(revisions);

        String renamed = name + "（分园）";
        byte[] changed = RegisterFiles.workbook()
                .row("nurseries", with(row, "name", renamed, "preschool_enrolled", 38))
                .row("fees", Map.of("filing_number", number, "care_type", "FULL_DAY", "age_group", "PRESCHOOL",
                        "amount_yuan", 2300, "effective_from", "2026-01-01"))
                .xlsx();
        upload(changed, "register.xlsx", false).statusCode(200)
                .body("updated", equalTo(1))
                .body("rows[0].outcome", equalTo("UPDATED"));

        given().get("/api/v1/nurseries/{id}", id).then().statusCode(200)
                .body("name", equalTo(renamed))
                .body("fees.current.amountYuan", hasItem(2300));
        assertThat(Database.count("select count(*) from filing where filing_number = ?", number)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedAsUnprocessable() {
        // Problems are Chinese by default.
        given().auth().oauth2(OFFICER).multiPart("file", "letter.pdf", "%PDF-1.7 this is a scanned letter".getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream").post("/api/v1/admin/imports/register").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("没有托育机构行"));
        upload(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "old.xls", false)
                .statusCode(422)
                .body("detail", containsString(".xlsx"));
    }

    @Test
    void anUploadWithoutAFileIsABadRequest() {
        given().auth().oauth2(OFFICER).multiPart("other", "x").post("/api/v1/admin/imports/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("file"));
    }
}
