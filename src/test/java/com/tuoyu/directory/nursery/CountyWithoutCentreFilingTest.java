package com.tuoyu.directory.nursery;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every county of the GB/T 2260 register takes filings, including those the figures file gives no centre point
 * (安义县 360123): the filing's own coordinates place the nursery. Before, such a county was refused as "not a
 * county-level division" because the filing looked its county up among the counties with a centre.
 */
@QuarkusTest
class CountyWithoutCentreFilingTest {

    static final String ANYI = "360123";

    @Test
    void aCountyOfTheRegisterWithoutACentreTakesAFiling() {
        assertThat(Database.rows("select 1 from division where code = ? and level = 'COUNTY' "
                + "and centre_latitude is null and centre_longitude is null", ANYI))
                .as("安义县 is in the register without a centre").hasSize(1);
        Map<String, Object> facts = FilingFixtures.facts("安义县测试托育园" + UUID.randomUUID().toString().substring(0, 6), false);
        facts.put("divisionCode", ANYI);
        facts.put("address", "南昌市安义县龙津镇测试路1号");
        facts.put("latitude", 28.8445);
        facts.put("longitude", 115.5490);
        String officer = Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), ANYI);

        String id = FilingFixtures.register(officer, FilingFixtures.registration(facts, FilingFixtures.today()))
                .then().statusCode(201).extract().path("id");

        assertThat(Database.rows("select division_code from nursery where id = ?", UUID.fromString(id)))
                .extracting(r -> r.get("division_code")).containsExactly(ANYI);
    }

    @Test
    void theRegisterImportTakesARowOfSuchACounty() {
        String number = "赣安卫托备" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] csv = com.tuoyu.directory.support.RegisterFiles.workbook()
                .row("nurseries", com.tuoyu.directory.support.RegisterFiles.with(com.tuoyu.directory.support.RegisterFiles
                        .nursery(number, "安义县导入测试托育园", ANYI), "longitude", 115.554, "latitude", 28.841))
                .csv("nurseries", java.nio.charset.StandardCharsets.UTF_8);
        io.restassured.RestAssured.given()
                .auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), ANYI))
                .multiPart("file", "register.csv", csv, "application/octet-stream")
                .queryParam("dryRun", true)
                .post("/api/v1/admin/imports/register")
                .then().statusCode(200)
                .body("rows[0].outcome", org.hamcrest.Matchers.equalTo("CREATED"));
    }

    @Test
    void aCodeThatIsNoCountyIsStillRefused() {
        Map<String, Object> facts = FilingFixtures.facts("非县级测试托育园" + UUID.randomUUID().toString().substring(0, 6), false);
        facts.put("divisionCode", "360100");
        String officer = Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), "360100");
        FilingFixtures.register(officer, FilingFixtures.registration(facts, FilingFixtures.today()))
                .then().statusCode(400);
    }
}
