package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.tuoyu.directory.nurserystaff.NurseryStaffFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Issue 18, point 5: a nursery's own staff account, and the vacancies it reports itself. */
@QuarkusTest
class NurseryVacancyReportTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private final LocalDate today = LocalDate.now(ClockProducer.CHINA);

    private static Map<String, Object> report(Object... lines) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i += 3) {
            rows.add(Map.of("ageGroup", lines[i], "careType", lines[i + 1], "places", lines[i + 2]));
        }
        return Map.of("lines", rows, "note", "本周有孩子升班");
    }

    @Test
    void aFilingOfficerOfTheCountyCreatesTheAccountAndItsTokenNamesTheNurseryAndNoDistrict() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(n.token().split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.getString("scope_nursery")).isEqualTo(n.id().toString());
        assertThat(claims.getList("scope_divisions")).isEmpty();
        assertThat(claims.getList("groups")).containsExactly("NURSERY");

        officer(NurseryStaffFixtures.COUNTY).get("/api/v1/admin/nurseries/{id}/staff-accounts", n.id()).then().statusCode(200)
                .body("id", equalTo(List.of(n.accountId()))).body("[0].roles", equalTo(List.of("NURSERY")))
                .body("[0].nurseryId", equalTo(n.id().toString())).body("[0].divisions", equalTo(List.of("360102")));
        // An officer of another county does not learn the nursery exists.
        officer("620102").body(Map.of("username", "someone-else", "password", "Secret-0123456789"))
                .post("/api/v1/admin/nurseries/{id}/staff-accounts", n.id()).then().statusCode(404);
        // The generic account admin cannot make NURSERY accounts (they would have no nursery).
        given().auth().oauth2(com.tuoyu.directory.support.Tokens.admin()).contentType("application/json")
                .body(Map.of("username", "loose-nursery", "password", "Secret-0123456789", "roles", List.of("NURSERY"),
                        "divisions", List.of("360102")))
                .post("/api/v1/admin/accounts").then().statusCode(400).body("errors.field", hasItem("roles"));
        assertThat(Database.count("select count(*) from audit_entry where action = 'NURSERY_ACCOUNT_CREATED' and subject_id = ?",
                n.id().toString())).isEqualTo(1);

        // Disabled by the officer: the account can no longer sign in or refresh.
        officer(NurseryStaffFixtures.COUNTY).post("/api/v1/admin/nurseries/{id}/staff-accounts/{a}/disable", n.id(), n.accountId())
                .then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void aReportRevisesCapacityThroughTheDisclosureAndReachesSearchAndThePageWithinTwoSeconds() {
        // Capacity last confirmed 40 days ago: its vacancies are unknown, so a search for free places misses it.
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 40);
        String search = "/api/v1/nurseries?q=" + n.name() + "&ageMonths=14&vacancy=true";
        // The new nursery is in the index (so the clock below starts with nothing else queued before the report).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/nurseries?q=" + n.name()).then()
                .body("items.id", hasItem(n.id().toString())));
        SearchIndexSupport.awaitIndexCaughtUp();
        given().get(search).then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(n.id().toString())));
        given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                .body("capacity.groups[0].vacanciesKnown", equalTo(false)).body("profile.vacancies", nullValue());

        n.staff().body(report("TODDLER", "FULL_DAY", 3)).post("/api/v1/admin/nurseries/{id}/vacancy-reports", n.id())
                .then().statusCode(201).body("reportedOn", equalTo(today.toString())).body("current", equalTo(true))
                .body("reportedAt", containsString("+08:00")).body("lines[0].places", equalTo(3));
        // Within two seconds of the committed report (its answer), search finds the free place.
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get(search).then().statusCode(200).body("items.id", hasItem(n.id().toString())));

        given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                .body("capacity.groups[0].vacancies", equalTo(3)).body("capacity.groups[0].vacanciesKnown", equalTo(true))
                .body("capacity.groups[0].asOf", equalTo(today.toString()))
                .body("profile.vacancies.reportedOn", equalTo(today.toString()))
                .body("profile.vacancies.lines[0].ageGroup.label", equalTo("托小班"))
                .body("profile.vacancies.lines[0].careType.code", equalTo("FULL_DAY"))
                .body("profile.vacancies.lines[0].places", equalTo(3));
        // One write path: a capacity revision from the nursery, slots and carers untouched, enrolled = slots - free.
        var row = Database.rows("select slots, enrolled, carers, as_of from capacity where nursery_id = ?", n.id()).get(0);
        assertThat(row.get("slots")).isEqualTo(15);
        assertThat(row.get("enrolled")).isEqualTo(12);
        assertThat(row.get("carers")).isEqualTo(3);
        var revision = Database.rows("select source, recorded_role, recorded_by from disclosure_revision where nursery_id = ? "
                + "and section = 'CAPACITY'", n.id()).get(0);
        assertThat(revision.get("source")).isEqualTo("NURSERY_SUBMISSION");
        assertThat(revision.get("recorded_role")).isEqualTo("NURSERY");
        assertThat(revision.get("recorded_by")).isEqualTo(n.accountId());
        assertThat(Database.count("select count(*) from audit_entry where action = 'VACANCIES_REPORTED' and subject_id = ?",
                n.id().toString())).isEqualTo(1);

        // A new dated report each time; both kept, newest first; officers of the district read them too.
        n.staff().body(report("TODDLER", "FULL_DAY", 0)).post("/api/v1/admin/nurseries/{id}/vacancy-reports", n.id())
                .then().statusCode(201);
        officer(NurseryStaffFixtures.COUNTY).get("/api/v1/admin/nurseries/{id}/vacancy-reports", n.id()).then().statusCode(200)
                .body("lines.places.flatten()", equalTo(List.of(0, 3)));

        // After 30 days the report lapses to unknown, on the page as in search.
        Database.rows("update vacancy_report set reported_on = reported_on - 31 where nursery_id = ? returning id", n.id());
        Database.rows("update capacity set as_of = as_of - 31 where nursery_id = ? returning id", n.id());
        // Written behind the service's back, so announced as the service would: the search index and the page caches
        // follow (other tests compare the whole index with PostgreSQL).
        Database.rows("update nursery set updated_at = now() where id = ? returning id", n.id());
        Database.rows("insert into outbox_event (topic, aggregate_id, created_at, next_attempt_at) "
                + "values ('nursery.changed', ?, now(), now()) returning id", n.id().toString());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(3)).untilAsserted(() ->
                given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                        .body("profile.vacancies", nullValue()).body("capacity.groups[0].vacanciesKnown", equalTo(false)));
        n.staff().get("/api/v1/admin/nurseries/{id}/vacancy-reports", n.id()).then().body("[0].current", equalTo(false));
    }

    @Test
    void moreFreePlacesThanSlotsAMissingClassOrACareTypeNotOfferedAreRefusedClearly() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String url = "/api/v1/admin/nurseries/" + n.id() + "/vacancy-reports";
        n.staff().body(report("TODDLER", "FULL_DAY", 16)).post(url).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("空位不能多于托位"))
                .body("errors.message", hasItem(containsString("报告空位 16 个，超过核定托位 15 个")));
        n.staff().header("Accept-Language", "en").body(report("TODDLER", "FULL_DAY", 16)).post(url).then().statusCode(422)
                .body("errors.message", hasItem("TODDLER: 16 free places reported, more than its 15 slots"));
        n.staff().body(report("INFANT", "FULL_DAY", 1)).post(url).then().statusCode(422)
                .body("errors.message", hasItem(containsString("没有乳儿班")))
                .body("errors.message", hasItem(containsString("缺少托小班")));
        n.staff().body(report("TODDLER", "HALF_DAY", 1)).post(url).then().statusCode(422)
                .body("errors.field", hasItem("lines[0].careType"));
        n.staff().body(Map.of("reportedOn", today.plusDays(1).toString(), "lines",
                List.of(Map.of("ageGroup", "TODDLER", "careType", "FULL_DAY", "places", 1)))).post(url).then().statusCode(422)
                .body("errors.field", hasItem("reportedOn"));
        // Nothing was written by the refusals.
        assertThat(Database.count("select count(*) from vacancy_report where nursery_id = ?", n.id())).isZero();
        assertThat(Database.count("select count(*) from disclosure_revision where nursery_id = ?", n.id())).isZero();
        n.staff().get(url).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aNurseryAccountCannotTouchAnotherNurseryNorTheRegulatedFactsOfItsOwn() {
        NurseryStaffFixtures.StaffedNursery mine = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        NurseryStaffFixtures.StaffedNursery other = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String base = "/api/v1/admin/nurseries/" + other.id();
        mine.staff().body(report("TODDLER", "FULL_DAY", 1)).post(base + "/vacancy-reports").then().statusCode(404);
        mine.staff().get(base + "/vacancy-reports").then().statusCode(404);
        mine.staff().get(base + "/page").then().statusCode(404);
        mine.staff().body(Map.of("description", "冒充")).put(base + "/page").then().statusCode(404);
        mine.staff().multiPart("photo", "a.jpg", com.tuoyu.directory.platform.images.TestImages.jpegWithGps(), "image/jpeg")
                .contentType("multipart/form-data").post(base + "/page/photos").then().statusCode(404);
        assertThat(Database.count("select count(*) from vacancy_report where nursery_id = ?", other.id())).isZero();
        assertThat(Database.count("select count(*) from nursery_profile where nursery_id = ?", other.id())).isZero();

        // Capacity, staff, permits, safety, fees, the inclusive mark and the public facts stay with filing officers.
        String own = "/api/v1/admin/nurseries/" + mine.id();
        mine.staff().body(Map.of("source", "NURSERY_SUBMISSION", "groups", List.of())).put(own + "/disclosure/capacity").then().statusCode(403);
        mine.staff().body(Map.of()).put(own + "/disclosure/staffing").then().statusCode(403);
        mine.staff().body(Map.of()).put(own + "/disclosure/permits").then().statusCode(403);
        mine.staff().body(Map.of()).put(own + "/disclosure/safety").then().statusCode(403);
        mine.staff().body(Map.of()).post(own + "/fees").then().statusCode(403);
        mine.staff().body(Map.of("inclusive", true)).put(own + "/inclusive").then().statusCode(403);
        mine.staff().body(Map.of()).put(own).then().statusCode(403);
        mine.staff().get(own + "/staff-accounts").then().statusCode(403);
        mine.staff().get("/api/v1/admin/complaints").then().statusCode(403);
    }
}
