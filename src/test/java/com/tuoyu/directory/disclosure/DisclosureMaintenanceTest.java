package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DisclosureMaintenanceTest {

    private static final String COUNTY = "360102";

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private final LocalDate today = LocalDate.now(ClockProducer.CHINA);

    private TestNurseries.Created fresh() {
        return TestNurseries.create(nurseries, disclosures, COUNTY, false, false, TestNurseries.toddlers(15, 10, 2),
                List.of(), TestNurseries.basicPermits());
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-disclosure-test", COUNTY)).contentType("application/json");
    }

    private static Map<String, Object> capacity(int slots, int enrolled, int classes, Integer expectedRevision) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("source", "INSPECTION_VISIT");
        body.put("note", "counted on the visit");
        body.put("groups", List.of(Map.of("ageGroup", "TODDLER", "slots", slots, "enrolled", enrolled, "classes", classes)));
        if (expectedRevision != null) {
            body.put("expectedRevision", expectedRevision);
        }
        return body;
    }

    @Test
    void capacityOverTheNationalClassSizeOrEnrolmentOverSlotsIsRefusedWithFieldErrors() {
        TestNurseries.Created n = fresh();
        String url = "/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity";

        officer().body(capacity(31, 20, 2, null)).put(url).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("groups[0].slots"))
                .body("errors.message", hasItem(containsString("托小班每班最多 15")));
        officer().body(capacity(30, 31, 2, null)).put(url).then().statusCode(422)
                .body("errors.field", hasItem("groups[0].enrolled"));

        // Nothing was recorded by the refusals.
        assertThat(Database.count("select count(*) from disclosure_revision where nursery_id = ?", n.id())).isZero();
        assertThat(Database.count("select slots from capacity where nursery_id = ?", n.id())).isEqualTo(15);
    }

    @Test
    void eachRevisionIsKeptWithWhoWhenAndSourceAndAStaleRevisionIsAConflict() {
        TestNurseries.Created n = fresh();
        String url = "/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity";

        officer().body(capacity(30, 20, 2, 0)).put(url).then().statusCode(200)
                .body("revision", org.hamcrest.Matchers.equalTo(1))
                .body("source", org.hamcrest.Matchers.equalTo("INSPECTION_VISIT"))
                .body("recordedBy", org.hamcrest.Matchers.equalTo("officer-disclosure-test"));
        officer().body(capacity(30, 25, 2, 1)).put(url).then().statusCode(200).body("revision", org.hamcrest.Matchers.equalTo(2));
        // Someone who still saw revision 1 is refused rather than silently overwriting revision 2.
        officer().body(capacity(30, 5, 2, 1)).put(url).then().statusCode(409).contentType("application/problem+json");

        JsonPath history = given().auth().oauth2(Tokens.staff("SUPERVISOR", "supervisor-x", "360100"))
                .get("/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revision", Integer.class)).containsExactly(2, 1);
        assertThat(history.getInt("[0].content.groups[0].enrolled")).isEqualTo(25);
        assertThat(history.getInt("[1].content.groups[0].enrolled")).isEqualTo(20);
        assertThat(history.getString("[1].recordedRole")).isEqualTo("FILING_OFFICER");
        assertThat(history.getString("[1].asOf")).isEqualTo(today.toString());

        // Audited in the same transaction, with the state before and after.
        List<Map<String, Object>> audit = Database.rows("select actor_id, before_state, after_state from audit_entry "
                + "where subject_type = 'nursery' and subject_id = ? and action = 'DISCLOSURE_REVISED:CAPACITY' order by id", n.id().toString());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get("actor_id")).isEqualTo("officer-disclosure-test");
        assertThat((String) audit.get(1).get("before_state")).contains("\"enrolled\":20");
        assertThat((String) audit.get(1).get("after_state")).contains("\"enrolled\":25");

        // The public detail shows the new figures, as of the revision's date.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .body("capacity.enrolled", org.hamcrest.Matchers.equalTo(25))
                .body("capacity.asOf", org.hamcrest.Matchers.equalTo(today.toString())));
    }

    @Test
    void carersShortOfTheRatioAreAcceptedAndFlaggedForOfficersAndPublicly() {
        TestNurseries.Created n = fresh();
        officer().body(capacity(30, 24, 2, null)).put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity")
                .then().statusCode(200);

        // 24 toddlers need 5 carers at 1:5; 4 are recorded.
        Map<String, Object> staffing = Map.of("source", "NURSERY_SUBMISSION",
                "carers", List.of(Map.of("ageGroup", "TODDLER", "carers", 4)),
                "healthStaff", 1, "securityStaff", 2, "qualifiedShare", 0.9, "healthCertificateShare", 1);
        officer().body(staffing).put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/staffing").then().statusCode(200)
                .body("flags.code", hasItem("CARER_RATIO_BELOW_STANDARD"))
                .body("flags[0].message", equalTo("托小班保育人员不足国家标准：在托 24 人至少需要 5 名保育人员（1:5），现有 4 名"));
        // The history keeps both wordings: an officer reading in English gets the flag in English.
        officer().header("Accept-Language", "en").get("/api/v1/admin/nurseries/" + n.id() + "/disclosure/staffing/history")
                .then().statusCode(200)
                .body("[0].flags[0].message", equalTo("Toddler class: 24 children need at least 5 carers (1:5), 4 recorded"));
        given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .body("staff.ratiosMeetStandard", org.hamcrest.Matchers.equalTo(false))
                .body("staff.ratios[0].carers", org.hamcrest.Matchers.equalTo(4))
                .body("staff.securityStaff", org.hamcrest.Matchers.equalTo(2))
                .body("staff.asOf", org.hamcrest.Matchers.equalTo(today.toString()));

        // Carers for a group the nursery does not have are refused.
        Map<String, Object> wrong = new java.util.HashMap<>(staffing);
        wrong.put("carers", List.of(Map.of("ageGroup", "INFANT", "carers", 4)));
        officer().body(wrong).put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/staffing").then().statusCode(422)
                .body("errors.field", hasItem("carers[0].ageGroup"));
    }

    @Test
    void expiredPermitsAreFlaggedPubliclyAndExpiringOnesAreListedForOfficersSoonestFirst() {
        TestNurseries.Created n = fresh();
        List<Map<String, Object>> permits = List.of(
                permit("BUSINESS_LICENCE", "BL-2", today.minusYears(3), null),
                permit("PREMISES_PROOF", "PP-2", today.minusYears(3), today.plusDays(20)),
                permit("FIRE_SAFETY", "FS-2", today.minusYears(2), today.minusDays(3)),
                permit("HEALTH_EVALUATION", "HE-2", today.minusYears(1), today.plusYears(1)));
        officer().body(Map.of("source", "NURSERY_SUBMISSION", "permits", permits))
                .put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/permits").then().statusCode(200)
                .body("flags.code", org.hamcrest.Matchers.hasItems("PERMIT_EXPIRED", "PERMIT_EXPIRES_SOON"));

        JsonPath detail = given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getBoolean("permits.items.find { it.kind.code == 'FIRE_SAFETY' }.expired")).isTrue();
        assertThat(detail.getBoolean("permits.items.find { it.kind.code == 'PREMISES_PROOF' }.expiresWithin60Days")).isTrue();
        assertThat(detail.getList("missingPermits.code", String.class)).containsExactly("FIRE_SAFETY");

        JsonPath expiring = officer().get("/api/v1/admin/permits/expiring?withinDays=60").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = expiring.getList("findAll { it.nurseryId == '" + n.id() + "' }");
        assertThat(mine).extracting(m -> m.get("kind")).containsExactly("FIRE_SAFETY", "PREMISES_PROOF");
        assertThat(mine.get(0).get("expired")).isEqualTo(true);
        assertThat(mine.get(1).get("daysLeft")).isEqualTo(20);
        List<String> dates = expiring.getList("validUntil", String.class);
        assertThat(dates).isSorted();
        // An officer of another district does not see them.
        assertThat(given().auth().oauth2(Tokens.staff("FILING_OFFICER", "o2", "620102")).get("/api/v1/admin/permits/expiring")
                .then().statusCode(200).extract().jsonPath().getList("nurseryId", String.class)).doesNotContain(n.id().toString());
    }

    @Test
    void mealsNeedAValidFoodBusinessLicenceAndSafetyFactsReachThePublicDetail() {
        TestNurseries.Created n = fresh();
        String safety = "/api/v1/admin/nurseries/" + n.id() + "/disclosure/safety";
        Map<String, Object> withMeals = new java.util.HashMap<>(Map.of("source", "INSPECTION_VISIT", "mealsProvided", true,
                "cctvInstalled", true, "cctvRetentionDays", 60, "securityOnSite", true));
        officer().body(withMeals).put(safety).then().statusCode(422).body("errors.field", hasItem("mealsProvided"));

        officer().body(Map.of("source", "NURSERY_SUBMISSION", "permits", List.of(
                        permit("BUSINESS_LICENCE", "BL-3", today.minusYears(3), null),
                        permit("FOOD_BUSINESS_LICENCE", "JY-3", today.minusMonths(1), today.plusYears(5)))))
                .put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/permits").then().statusCode(200);
        officer().body(withMeals).put(safety).then().statusCode(200)
                .body("flags.code", hasItem("CCTV_RETENTION_BELOW_MINIMUM"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .body("services.mealsProvided", org.hamcrest.Matchers.equalTo(true))
                .body("safety.cctvRetentionDays", org.hamcrest.Matchers.equalTo(60))
                .body("safety.retentionMeetsMinimum", org.hamcrest.Matchers.equalTo(false))
                .body("safety.asOf", org.hamcrest.Matchers.equalTo(today.toString())));

        // Dropping the food licence while meals are served is refused.
        officer().body(Map.of("source", "OFFICER_CORRECTION", "permits", List.of(
                        permit("BUSINESS_LICENCE", "BL-3", today.minusYears(3), null))))
                .put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/permits").then().statusCode(422)
                .body("detail", containsString("食品经营许可证"));
        // Retention is required with CCTV.
        Map<String, Object> noRetention = new java.util.HashMap<>(withMeals);
        noRetention.remove("cctvRetentionDays");
        officer().body(noRetention).put(safety).then().statusCode(422).body("errors.field", hasItem("cctvRetentionDays"));
    }

    @Test
    void nurseriesOutsideTheOfficersDistrictsAreNotFound() {
        TestNurseries.Created n = fresh();
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "o3", "620102")).contentType("application/json")
                .body(capacity(30, 20, 2, null)).put("/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "s3", "620100"))
                .get("/api/v1/admin/nurseries/" + n.id() + "/disclosure/capacity/history").then().statusCode(404);
        officer().get("/api/v1/admin/nurseries/" + n.id() + "/disclosure/nonsense/history").then().statusCode(400);
    }

    private static Map<String, Object> permit(String kind, String number, LocalDate issued, LocalDate until) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("kind", kind);
        p.put("number", number);
        p.put("issuedOn", issued.toString());
        if (until != null) {
            p.put("validUntil", until.toString());
        }
        return p;
    }

    static List<DisclosureImport.FeeRow> none() {
        return List.of();
    }
}
