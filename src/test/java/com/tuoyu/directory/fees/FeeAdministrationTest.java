package com.tuoyu.directory.fees;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.support.TestNurseries;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.search.ScheduledChanges;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Fees, guide prices and the inclusive rule. Nurseries are fresh ones in 进贤县, where no demo nursery is, so the
 * guide prices set here change nothing another test looks at; every guide price uses its own age group.
 */
@QuarkusTest
class FeeAdministrationTest {

    private static final String COUNTY = TestNurseries.TEST_COUNTY;

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    @Inject
    ScheduledChanges scheduledChanges;

    private final LocalDate today = LocalDate.now(ClockProducer.CHINA);

    @BeforeAll
    static void county() {
        TestNurseries.ensureTestCounty();
    }

    private TestNurseries.Created fresh(boolean inclusive, AgeGroup group, int fee) {
        return TestNurseries.create(nurseries, disclosures, COUNTY, inclusive, false,
                List.of(new DisclosureImport.CapacityRow(group, 10, 5, 3, today.minusDays(3))),
                List.of(new DisclosureImport.FeeRow(CareType.FULL_DAY, group, fee, 300, today.minusDays(40))),
                TestNurseries.basicPermits());
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.staff("FILING_OFFICER", "fee-officer", "360100")).contentType("application/json");
    }

    private static RequestSpecification supervisor() {
        return given().auth().oauth2(Tokens.staff("SUPERVISOR", "fee-supervisor", "360100")).contentType("application/json");
    }

    private static Map<String, Object> fee(AgeGroup group, int amount, LocalDate from, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("careType", "FULL_DAY");
        body.put("ageGroup", group.name());
        body.put("amountYuan", amount);
        body.put("mealFeeYuan", 300);
        body.put("effectiveFrom", from.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private void guidePrice(AgeGroup group, int amount, LocalDate from, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("divisionCode", COUNTY);
        body.put("careType", "FULL_DAY");
        body.put("ageGroup", group.name());
        body.put("amountYuan", amount);
        body.put("effectiveFrom", from.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        supervisor().body(body).post("/api/v1/admin/guide-prices").then().statusCode(201);
    }

    /** Guide prices are set once per run and age group: a re-run of a class in the same JVM reuses them. */
    private static final java.util.Set<String> GUIDES_SET = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void guidePriceOnce(AgeGroup group, int amount, LocalDate from) {
        if (GUIDES_SET.add(group + ":" + amount + ":" + from)
                && Database.count("select count(*) from guide_price where division_code = ? and care_type = 'FULL_DAY' "
                + "and age_group = ? and effective_from = ?", COUNTY, group.name(), Date.valueOf(from)) == 0) {
            guidePrice(group, amount, from, from.isBefore(today) ? "guide price of the county's 2025 notice" : null);
        }
    }

    private JsonPath search(String name) {
        return given().queryParam("q", name).queryParam("careType", "FULL_DAY").get("/api/v1/nurseries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aFeeScheduledForTomorrowIsAnnouncedAndTakesEffectOnItsDateWithoutAnyoneActing() throws Throwable {
        TestNurseries.Created n = fresh(false, AgeGroup.PRESCHOOL, 1500);
        LocalDate tomorrow = today.plusDays(1);
        String id = officer().body(fee(AgeGroup.PRESCHOOL, 1700, tomorrow, null))
                .post("/api/v1/admin/nurseries/" + n.id() + "/fees").then().statusCode(201)
                .body("state", equalTo("SCHEDULED")).body("recordedBy", equalTo("fee-officer"))
                .extract().path("id");

        // Today parents see the fee in force and the announced one; the search still filters on today's fee.
        given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .body("fees.current[0].amountYuan", equalTo(1500))
                .body("fees.scheduled[0].amountYuan", equalTo(1700))
                .body("fees.scheduled[0].effectiveFrom", equalTo(tomorrow.toString()));
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                search(n.name()).getInt("items.find { it.id == '" + n.id() + "' }.fee.amountYuan")).isEqualTo(1500));

        // A day passes: the clock cannot be moved in a shared test run, so the entry's date is moved to today,
        // which is what the service sees at midnight. The daily job runs; nobody touches the fee.
        Database.rows("update fee set effective_from = ? where id = cast(? as uuid) returning id", Date.valueOf(today), id);
        int announced = VertxContextSupport.subscribeAndAwait(scheduledChanges::announceFeesTakingEffect);
        assertThat(announced).isGreaterThanOrEqualTo(1);

        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                search(n.name()).getInt("items.find { it.id == '" + n.id() + "' }.fee.amountYuan")).isEqualTo(1700));
        given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .body("fees.current[0].amountYuan", equalTo(1700))
                .body("fees.history[0].amountYuan", equalTo(1500));
        JsonPath history = officer().get("/api/v1/admin/nurseries/" + n.id() + "/fees").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("state", String.class)).containsExactly("IN_FORCE", "REPLACED");
    }

    @Test
    void feesAreNeverOverwrittenAndAPastDateNeedsAReason() {
        TestNurseries.Created n = fresh(false, AgeGroup.PRESCHOOL, 1500);
        String url = "/api/v1/admin/nurseries/" + n.id() + "/fees";
        officer().body(fee(AgeGroup.PRESCHOOL, 1400, today.minusDays(5), null)).post(url).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        officer().body(fee(AgeGroup.PRESCHOOL, 1400, today.minusDays(5), "correction: the nursery's notice said the 17th"))
                .post(url).then().statusCode(201).body("state", equalTo("IN_FORCE"));
        officer().body(fee(AgeGroup.PRESCHOOL, 1450, today.minusDays(5), "again")).post(url).then().statusCode(409);
        assertThat(Database.count("select count(*) from audit_entry where action = 'FEE_SCHEDULED' and subject_id = ?",
                n.id().toString())).isEqualTo(1);
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "far", "620102")).get(url).then().statusCode(404);
    }

    @Test
    void aNurseryCanBeMarkedInclusiveOnlyWhileItsFeesAreWithinTheGuidePriceAndSearchFollows() {
        guidePriceOnce(AgeGroup.TODDLER, 2000, today.minusDays(400));
        TestNurseries.Created n = fresh(false, AgeGroup.TODDLER, 2300);
        String inclusive = "/api/v1/admin/nurseries/" + n.id() + "/inclusive";

        officer().body(Map.of("inclusive", true, "source", "NURSERY_SUBMISSION")).put(inclusive).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("FULL_DAY TODDLER 收费 2300 元"))
                .body("detail", containsString("指导价 2000 元"));
        assertThat(Database.count("select count(*) from nursery where id = ? and inclusive", n.id())).isZero();

        officer().body(fee(AgeGroup.TODDLER, 1950, today, null)).post("/api/v1/admin/nurseries/" + n.id() + "/fees")
                .then().statusCode(201).body("withinGuidePrice", equalTo(true));
        officer().body(Map.of("inclusive", true, "source", "NURSERY_SUBMISSION", "note", "fee lowered"))
                .put(inclusive).then().statusCode(200).body("inclusive", equalTo(true)).body("revision", equalTo(1));

        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().queryParam("q", n.name())
                .queryParam("inclusive", "true").get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).contains(n.id().toString()));
        given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200).body("inclusive", equalTo(true))
                .body("fees.current[0].guidePriceYuan", equalTo(2000));

        // Once inclusive, a fee above the guide price is refused rather than silently breaking the mark.
        officer().body(fee(AgeGroup.TODDLER, 2100, today.plusDays(30), null)).post("/api/v1/admin/nurseries/" + n.id() + "/fees")
                .then().statusCode(422).body("detail", containsString("指导价 2000 元"));
        assertThat(Database.count("select count(*) from audit_entry where action = 'DISCLOSURE_REVISED:INCLUSIVE' and subject_id = ?",
                n.id().toString())).isEqualTo(1);
    }

    @Test
    void aGuidePriceCutFlagsInclusiveNurseriesAboveItWithoutChangingThemUntilAnOfficerResolvesIt() {
        guidePriceOnce(AgeGroup.INFANT, 2600, today.minusDays(400));
        TestNurseries.Created above = fresh(true, AgeGroup.INFANT, 2500);
        TestNurseries.Created below = fresh(true, AgeGroup.INFANT, 2300);
        assertThat(flagsFor(above.id())).isEmpty();

        // The supervisor cuts the guide price from today (a cut announced earlier is judged the same way once in force).
        LocalDate cut = today;
        if (Database.count("select count(*) from guide_price where division_code = ? and age_group = 'INFANT' "
                + "and effective_from = ?", COUNTY, Date.valueOf(cut)) == 0) {
            guidePrice(AgeGroup.INFANT, 2400, cut, null);
        }
        JsonPath guides = supervisor().queryParam("division", COUNTY).get("/api/v1/admin/guide-prices").then().statusCode(200)
                .extract().jsonPath();
        assertThat(guides.getString("find { it.ageGroup == 'INFANT' && it.amountYuan == 2400 }.state")).isEqualTo("IN_FORCE");
        assertThat(guides.getString("find { it.ageGroup == 'INFANT' && it.amountYuan == 2600 }.state")).isEqualTo("REPLACED");

        List<Map<String, Object>> flags = flagsFor(above.id());
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.get("feeYuan")).isEqualTo(2500);
            assertThat(f.get("guidePriceYuan")).isEqualTo(2400);
            assertThat(f.get("since")).isEqualTo(cut.toString());
        });
        assertThat(flagsFor(below.id())).isEmpty();
        // The mark is untouched: an officer decides.
        given().get("/api/v1/nurseries/" + above.id()).then().statusCode(200).body("inclusive", equalTo(true))
                .body("fees.current[0].withinGuidePrice", equalTo(false));

        // Lowering the fee resolves the flag.
        officer().body(fee(AgeGroup.INFANT, 2400, today, null)).post("/api/v1/admin/nurseries/" + above.id() + "/fees")
                .then().statusCode(201);
        assertThat(flagsFor(above.id())).isEmpty();

        // Out of scope, nothing is listed; a supervisor outside the county cannot set its guide price.
        assertThat(given().auth().oauth2(Tokens.staff("FILING_OFFICER", "far", "620102")).get("/api/v1/admin/inclusive-flags")
                .then().statusCode(200).extract().jsonPath().getList("nurseryId", String.class))
                .doesNotContain(above.id().toString());
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "far", "620100")).contentType("application/json")
                .body(Map.of("divisionCode", COUNTY, "careType", "FULL_DAY", "ageGroup", "MIXED", "amountYuan", 1,
                        "effectiveFrom", today.plusDays(1).toString()))
                .post("/api/v1/admin/guide-prices").then().statusCode(404);
    }

    @Test
    void withdrawingTheInclusiveMarkClearsTheFlag() {
        guidePriceOnce(AgeGroup.MIXED, 2000, today.minusDays(400));
        guidePriceOnce(AgeGroup.MIXED, 1800, today.minusDays(1));
        TestNurseries.Created n = fresh(true, AgeGroup.MIXED, 1900);
        assertThat(flagsFor(n.id())).hasSize(1);

        officer().body(Map.of("inclusive", false, "source", "OFFICER_CORRECTION", "note", "above the 2026 guide price"))
                .put("/api/v1/admin/nurseries/" + n.id() + "/inclusive").then().statusCode(200).body("inclusive", equalTo(false));
        assertThat(flagsFor(n.id())).isEmpty();
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().queryParam("q", n.name())
                .queryParam("inclusive", "true").get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).doesNotContain(n.id().toString()));
        JsonPath history = officer().get("/api/v1/admin/nurseries/" + n.id() + "/disclosure/inclusive/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getBoolean("[0].content.inclusive")).isFalse();
        assertThat(history.getString("[0].note")).isEqualTo("above the 2026 guide price");
    }

    private static List<Map<String, Object>> flagsFor(UUID id) {
        return officer().get("/api/v1/admin/inclusive-flags").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.nurseryId == '" + id + "' }");
    }
}
