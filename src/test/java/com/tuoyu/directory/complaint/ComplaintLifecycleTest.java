package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ComplaintLifecycleTest {

    private static UUID listedNurseryIn(String county) {
        return (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = ? order by n.id limit 1", county).get(0).get("id");
    }

    private static Map<String, Object> complaintAbout(UUID nursery, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("nurseryId", nursery.toString());
        body.put("category", category);
        body.put("description", "孩子午睡时无人看护，从床上摔下，园方未及时告知家长。");
        body.put("incidentDate", LocalDate.now().minusDays(2).toString());
        body.put("contactPhone", "13812345678");
        body.put("sensitiveConsent", true);
        return body;
    }

    private static Response submit(String parentToken, Object body, String key) {
        var request = given().auth().oauth2(parentToken).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/complaints");
    }

    private static JsonPath act(String token, String id, Map<String, Object> action) {
        return given().auth().oauth2(token).contentType("application/json").body(action)
                .when().post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200).extract().jsonPath();
    }

    private static long version(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
    }

    @Test
    void aComplaintGoesFromIntakeToResolutionRatingAndOneReopening() {
        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        String handler = Tokens.staff("HANDLER", "handler-1", "360102");
        JsonPath receipt = submit(parent, complaintAbout(listedNurseryIn("360102"), "HYGIENE_FOOD"), null)
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/v1/complaints/[0-9a-f-]{36}"))
                .body("trackingNumber", matchesPattern("TS[0-9]{8}-[0-9]{6}"))
                .body("status", equalTo("SUBMITTED"))
                .extract().jsonPath();
        String id = receipt.getString("id");
        assertThat(Instant.parse(receipt.getString("acceptDueAt"))).isAfter(Instant.now().plus(Duration.ofDays(4)));
        assertThat(Instant.parse(receipt.getString("resolveDueAt"))).isAfter(Instant.parse(receipt.getString("acceptDueAt")));

        given().auth().oauth2(handler).queryParam("status", "SUBMITTED").get("/api/v1/admin/complaints")
                .then().statusCode(200).body("items.id", hasItem(id));
        act(handler, id, Map.of("action", "ACCEPT", "version", version(handler, id)));
        act(handler, id, Map.of("action", "NOTE", "version", version(handler, id), "text", "园方负责人电话核实中"));
        act(handler, id, Map.of("action", "REQUEST_INFO", "version", version(handler, id), "text", "请补充事发具体时间"));

        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "11月20日下午3点左右"))
                .post("/api/v1/complaints/{id}/information", id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        act(handler, id, Map.of("action", "REPLY", "version", version(handler, id), "text", "已安排现场检查"));
        act(handler, id, Map.of("action", "RESOLVE", "version", version(handler, id), "text", "经查属实，已责令整改",
                "finding", "SUBSTANTIATED"));

        JsonPath seen = given().auth().oauth2(parent).get("/api/v1/complaints/{id}", id).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("finding", equalTo("SUBSTANTIATED"))
                .body("reopenable", equalTo(true)).extract().jsonPath();
        assertThat(seen.getList("history.text", String.class)).contains("请补充事发具体时间", "已安排现场检查", "经查属实，已责令整改")
                .doesNotContain("园方负责人电话核实中");

        given().auth().oauth2(parent).contentType("application/json").body(Map.of("score", 4, "comment", "处理及时"))
                .post("/api/v1/complaints/{id}/rating", id).then().statusCode(200).body("rating", equalTo(4));
        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "园方整改后问题仍然存在"))
                .post("/api/v1/complaints/{id}/reopening", id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        act(handler, id, Map.of("action", "RESOLVE", "version", version(handler, id), "text", "复查已整改到位",
                "finding", "PARTLY_SUBSTANTIATED"));
        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "还是不满意"))
                .post("/api/v1/complaints/{id}/reopening", id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(parent).get("/api/v1/complaints").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void anotherParentsComplaintIsNotFound() {
        String id = submit(Tokens.parent("owner-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "OTHER"), null)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.parent("someone-else")).get("/api/v1/complaints/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.parent("someone-else")).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void aHandlerOutsideTheDistrictNeitherSeesNorActs() {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "OTHER"), null)
                .then().statusCode(201).extract().path("id");
        String lanzhou = Tokens.staff("HANDLER", "handler-lz", "620100");
        given().auth().oauth2(lanzhou).get("/api/v1/admin/complaints/{id}", id).then().statusCode(404);
        given().auth().oauth2(lanzhou).get("/api/v1/admin/complaints").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(lanzhou).contentType("application/json").body(Map.of("action", "ACCEPT", "version", 0))
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(404);
        // A city-wide scope covers its counties.
        given().auth().oauth2(Tokens.staff("HANDLER", "handler-nc", "360100")).get("/api/v1/admin/complaints/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void anIllegalTransitionIsAConflict() {
        String handler = Tokens.staff("HANDLER", "h", "360102");
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "OTHER"), null)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(handler).contentType("application/json")
                .body(Map.of("action", "RESOLVE", "version", version(handler, id), "text", "x", "finding", "NOT_SUBSTANTIATED"))
                .post("/api/v1/admin/complaints/{id}/actions", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("SUBMITTED"));
        given().auth().oauth2(handler).contentType("application/json")
                .body(Map.of("action", "ACCEPT", "version", 99))
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(409);
    }

    @Test
    void twoHandlersActingAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "OTHER"), null)
                .then().statusCode(201).extract().path("id");
        String first = Tokens.staff("HANDLER", "h1", "360102");
        String second = Tokens.staff("HANDLER", "h2", "360102");
        long version = version(first, id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(
                    () -> given().auth().oauth2(first).contentType("application/json").body(Map.of("action", "ACCEPT", "version", version))
                            .post("/api/v1/admin/complaints/{id}/actions", id).statusCode(),
                    () -> given().auth().oauth2(second).contentType("application/json")
                            .body(Map.of("action", "REJECT", "version", version, "text", "不属于受理范围"))
                            .post("/api/v1/admin/complaints/{id}/actions", id).statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameIdempotencyKeyGivesTheFirstComplaintAndAnotherBodyIsRefused() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaintAbout(listedNurseryIn("360102"), "FEES_REFUNDS");
        String first = submit(parent, body, key).then().statusCode(201).extract().path("id");
        submit(parent, body, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Map<String, Object> other = new HashMap<>(body);
        other.put("description", "退费申请提交两个月仍未处理，园方不予答复。");
        submit(parent, other, key).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void twentyConcurrentRetriesWithOneKeyMakeExactlyOneComplaint() throws Exception {
        String parentId = "p-" + UUID.randomUUID();
        String parent = Tokens.parent(parentId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaintAbout(listedNurseryIn("360102"), "FEES_REFUNDS");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> submit(parent, body, key));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                Response response = answer.get();
                // 503: beyond the complaint bulkhead (6 running, 6 waiting), refused before anything is stored.
                assertThat(response.statusCode()).isIn(201, 409, 503);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                }
            }
            assertThat(ids).isNotEmpty().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count("select count(*) from complaint where parent_id = ?", parentId)).isEqualTo(1);
    }

    @Test
    void handlersSeeTheNumberMaskedAndARevealNeedsAReasonAndIsAudited() {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "OTHER"), null)
                .then().statusCode(201).extract().path("id");
        String handler = Tokens.staff("HANDLER", "h-reveal", "360102");
        given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id)
                .then().statusCode(200).body("contactPhone", equalTo("138****5678"));
        given().auth().oauth2(handler).contentType("application/json").body(Map.of("reason", ""))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", id).then().statusCode(400);
        given().auth().oauth2(handler).contentType("application/json").body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "需电话核实事发经过"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", id)
                .then().statusCode(200).body("contactPhone", equalTo("13812345678"));
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_CONTACT_REVEALED' "
                + "and actor_id = 'h-reveal' and reason = '电话核实事发经过：需电话核实事发经过' and after_state = 'VERIFY_FACTS'", id)).isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_READ'", id))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void suspectedAbuseIsUrgentDueWithinADayAndTopsTheQueue() {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), complaintAbout(listedNurseryIn("360102"), "SUSPECTED_ABUSE"), null)
                .then().statusCode(201).body("urgent", equalTo(true)).extract().path("id");
        JsonPath queue = given().auth().oauth2(Tokens.staff("HANDLER", "h", "360102")).get("/api/v1/admin/complaints")
                .then().statusCode(200).extract().jsonPath();
        assertThat(queue.getBoolean("items[0].urgent")).isTrue();
        assertThat(queue.getList("items.findAll { it.urgent }.id", String.class)).contains(id);
        Instant due = java.time.OffsetDateTime.parse(queue.getString("items.find { it.id == '" + id + "' }.deadline.dueAt")).toInstant();
        assertThat(due).isBefore(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
    }

    @Test
    void invalidComplaintsAreProblemsNamingTheField() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        Map<String, Object> future = complaintAbout(listedNurseryIn("360102"), "OTHER");
        future.put("incidentDate", LocalDate.now().plusDays(3).toString());
        submit(parent, future, null).then().statusCode(400).body("errors.field", hasItem("incidentDate"));
        Map<String, Object> unlisted = new HashMap<>(Map.of("category", "UNFILED_OPERATION",
                "description", "小区内有人无证开办托育班，收托十余名婴幼儿。", "incidentDate", LocalDate.now().toString(),
                "facilityName", "阳光宝贝托管班"));
        submit(parent, unlisted, null).then().statusCode(400).body("errors.field", hasItem("facilityAddress"));
        unlisted.put("facilityAddress", "江西省南昌市东湖区胜利路88号2楼");
        unlisted.put("divisionCode", "360102");
        submit(parent, unlisted, null).then().statusCode(201);
        Map<String, Object> unknown = complaintAbout(UUID.randomUUID(), "OTHER");
        submit(parent, unknown, null).then().statusCode(422).contentType("application/problem+json");
        Map<String, Object> badPhone = complaintAbout(listedNurseryIn("360102"), "OTHER");
        badPhone.put("contactPhone", "12345");
        submit(parent, badPhone, null).then().statusCode(400).body("errors.field", hasItem("contactPhone"));
        Map<String, Object> badCategory = complaintAbout(listedNurseryIn("360102"), "NOISE");
        submit(parent, badCategory, null).then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void complaintsNeedAParentToken() {
        given().contentType("application/json").body(complaintAbout(listedNurseryIn("360102"), "OTHER"))
                .post("/api/v1/complaints").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff("HANDLER", "h", "360102")).get("/api/v1/complaints").then().statusCode(403);
        given().auth().oauth2(Tokens.parent("p")).get("/api/v1/admin/complaints").then().statusCode(403);
    }
}
