package com.tuoyu.directory.demo;

import com.tuoyu.directory.division.DivisionDataLoader;
import com.tuoyu.directory.division.DivisionLevel;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo data's supervision side: an inspector roster in every demo county, and past draws published with results. */
@QuarkusTest
class DemoSupervisionTest {

    @Test
    void everyDemoCountyHasInspectorsOnItsRoster() {
        List<String> demoCounties = DivisionDataLoader.read().stream()
                .filter(r -> r.level() == DivisionLevel.COUNTY && r.centreLatitude() != null).map(DivisionDataLoader.Row::code)
                .toList();
        assertThat(demoCounties).isNotEmpty();
        for (String county : demoCounties) {
            assertThat(Database.count("select count(*) from inspector where division_code = ? and active", county))
                    .as(county).isGreaterThanOrEqualTo(DemoSupervision.INSPECTORS_PER_COUNTY);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pastDrawsArePublishedWithTheirResultsAndRecomputeFromTheirSeeds() {
        JsonPath draws = given().queryParam("division", "360100").get("/api/v1/inspection-draws").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> demo = draws.getList("findAll { it.published == true && it.drawnOn < '"
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "' }");
        assertThat(demo).as("past demo draws of Nanchang, published").isNotEmpty();
        String supervisor = Tokens.staff("SUPERVISOR", "sup-" + UUID.randomUUID(), "360100");
        for (Map<String, Object> draw : demo) {
            List<Map<String, Object>> nurseries = (List<Map<String, Object>>) draw.get("nurseries");
            assertThat(nurseries).isNotEmpty().allSatisfy(n -> assertThat(n.get("result")).isNotNull());
            given().auth().oauth2(supervisor).post("/api/v1/admin/inspection-draws/{id}/verification", draw.get("id"))
                    .then().statusCode(200).body("reproduced", org.hamcrest.Matchers.equalTo(true));
        }
    }
}
