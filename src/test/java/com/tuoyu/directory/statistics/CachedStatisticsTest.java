package com.tuoyu.directory.statistics;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.support.Freshness;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics and indicators are cached per replica (StatisticsCache) and dropped when a nursery of the province
 * changes: a new filing or a revocation shows in the county's, the city's and the province's figures within 2 seconds,
 * and a cached answer is the answer computed afresh.
 */
@QuarkusTest
class CachedStatisticsTest {

    private static final String COUNTY = TestNurseries.TEST_COUNTY;
    private static final List<String> AREAS = List.of(COUNTY, "360100", "360000");

    @Inject
    NurseryService nurseries;
    @Inject
    DisclosureService disclosures;
    @Inject
    StatisticsCache cache;

    @BeforeAll
    static void county() {
        TestNurseries.ensureTestCounty();
    }

    private static int filed(String code) {
        return given().get("/api/v1/divisions/{code}/statistics", code).then().statusCode(200).extract().jsonPath()
                .getInt("filedNurseries");
    }

    private static int cityFiled(int year) {
        return given().queryParam("year", year).get("/api/v1/divisions/360100/indicators").then().statusCode(200)
                .extract().jsonPath().getInt("city.figures.filedNurseries");
    }

    @Test
    void aFilingAndARevocationShowInEveryAreaAroundTheCountyWithinTwoSeconds() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        Map<String, Integer> before = new java.util.HashMap<>();
        AREAS.forEach(code -> before.put(code, filed(code)));
        int cityBefore = cityFiled(year);
        AREAS.forEach(CachedStatisticsTest::filed); // now cached

        TestNurseries.Created n = TestNurseries.create(nurseries, disclosures, COUNTY, true, false,
                TestNurseries.toddlers(15, 10, 3), List.of(), TestNurseries.basicPermits());
        Freshness.seenWithinTwoSeconds(() -> {
            for (String code : AREAS) {
                assertThat(filed(code)).as(code).isEqualTo(before.get(code) + 1);
            }
            assertThat(cityFiled(year)).isEqualTo(cityBefore + 1);
        });

        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-cached-statistics", COUNTY)).contentType("application/json")
                .body(Map.of("decision", "REVOKE", "reasons", "停止办园，撤销备案"))
                .post("/api/v1/admin/nurseries/{id}/filing/decisions", n.id()).then().statusCode(200);
        Freshness.seenWithinTwoSeconds(() -> {
            for (String code : AREAS) {
                assertThat(filed(code)).as(code).isEqualTo(before.get(code));
            }
            assertThat(cityFiled(year)).isEqualTo(cityBefore);
        });
    }

    @Test
    void aCachedAnswerIsTheAnswerComputedAfresh() throws Exception {
        for (String url : List.of("/api/v1/divisions/360100/statistics", "/api/v1/divisions/360000/statistics",
                "/api/v1/divisions/360100/indicators", "/api/v1/divisions/360000/indicators/ranking")) {
            String first = given().get(url).then().statusCode(200).extract().asString();
            String cached = given().get(url).then().statusCode(200).extract().asString();
            cache.changedEverything();
            String fresh = given().get(url).then().statusCode(200).extract().asString();
            assertThat(cached).as(url).isEqualTo(first);
            assertThat(fresh).as(url).isEqualTo(first);
        }
    }

    @Test
    void statisticsStillCarryingTheDeprecatedEnrolmentRateSayWhenItGoes() throws Exception {
        given().get("/api/v1/divisions/360102/statistics").then().statusCode(200)
                .header("Deprecation", "@1796515200")
                .header("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT");
    }
}
