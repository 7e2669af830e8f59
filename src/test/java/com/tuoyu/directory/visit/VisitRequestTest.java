package com.tuoyu.directory.visit;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nurserystaff.NurseryStaffFixtures;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Issue 18, point 6: visit requests (预约参观) between a parent and a nursery's own staff. */
@QuarkusTest
class VisitRequestTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private static final OffsetDateTime NEXT_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(7)
            .truncatedTo(ChronoUnit.HOURS).withHour(10);

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String offer(NurseryStaffFixtures.StaffedNursery n, OffsetDateTime at) {
        List<Map<String, Object>> times = n.staff().body(Map.of("startsAt", at.toString(), "minutes", 45))
                .post("/api/v1/admin/nurseries/{id}/visits/times", n.id()).then().statusCode(200).extract().path("$");
        return times.stream().filter(t -> OffsetDateTime.parse((String) t.get("startsAt")).isEqual(at))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
    }

    private static io.restassured.response.Response ask(String parent, NurseryStaffFixtures.StaffedNursery n, String time,
                                                        boolean share) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("nurseryId", n.id().toString(), "visitTimeId", time,
                "sharePhone", share, "childAgeMonths", 14, "message", "想看看户外场地"));
        body.put("phone", "13800138000");
        return as(parent).body(body).post("/api/v1/me/visit-requests");
    }

    @Test
    void aParentAsksTheNurseryProposesAnotherTimeAndBothSeeTheSameHistory() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String time = offer(n, NEXT_WEEK);
        // Parents see the offered times on the public side, in China's time.
        given().get("/api/v1/nurseries/{id}/visit-times", n.id()).then().statusCode(200)
                .body("id", hasItem(time)).body("startsAt", everyItem(containsString("+08:00")));

        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        String requestId = ask(parent, n, time, false).then().statusCode(201)
                .body("status.code", equalTo("REQUESTED")).body("phoneShared", equalTo(false)).body("open", equalTo(true))
                .body("nurseryName", equalTo(n.name())).body("visitAt", containsString("+08:00"))
                .extract().path("id");

        // The nursery sees the request, but no phone: the parent did not share it.
        String base = "/api/v1/admin/nurseries/" + n.id() + "/visits/requests";
        n.staff().get(base + "/{r}", requestId).then().statusCode(200)
                .body("phone", nullValue()).body("childAgeMonths", equalTo(14)).body("$", not(hasKey("parentId")));
        OffsetDateTime other = NEXT_WEEK.plusDays(1).withHour(15);
        n.staff().body(Map.of("action", "PROPOSE", "proposedAt", other.toString(), "note", "周二上午园内有体检"))
                .post(base + "/{r}/actions", requestId).then().statusCode(200).body("status.code", equalTo("PROPOSED"));
        // The nursery cannot accept its own proposal; the parent can.
        n.staff().body(Map.of("action", "ACCEPT")).post(base + "/{r}/actions", requestId).then().statusCode(409)
                .contentType("application/problem+json");
        as(parent).body(Map.of("action", "ACCEPT")).post("/api/v1/me/visit-requests/{r}/actions", requestId).then().statusCode(400)
                .body("errors.field", hasItem("action"));
        as(parent).body(Map.of("action", "ACCEPT_PROPOSAL", "version", 0)).post("/api/v1/me/visit-requests/{r}/actions", requestId)
                .then().statusCode(409);
        String agreed = as(parent).body(Map.of("action", "ACCEPT_PROPOSAL")).post("/api/v1/me/visit-requests/{r}/actions", requestId)
                .then().statusCode(200).body("status.code", equalTo("ACCEPTED")).body("status.label", equalTo("已确认"))
                .body("history.action.code", equalTo(List.of("REQUEST", "PROPOSE", "ACCEPT_PROPOSAL")))
                .body("history.actor", equalTo(List.of("PARENT", "NURSERY", "PARENT")))
                .body("history[1].note", equalTo("周二上午园内有体检"))
                .body("history.at", everyItem(containsString("+08:00")))
                .body("visitAt", containsString("+08:00")).extract().path("visitAt");
        org.assertj.core.api.Assertions.assertThat(OffsetDateTime.parse(agreed)).isEqualTo(other);
        n.staff().get(base + "/{r}", requestId).then()
                .body("history.action.code", equalTo(List.of("REQUEST", "PROPOSE", "ACCEPT_PROPOSAL")))
                .body("status.code", equalTo("ACCEPTED"));

        // Another parent does not find it; the nursery declining an accepted visit needs a reason.
        as(Tokens.parent("parent-" + UUID.randomUUID())).get("/api/v1/me/visit-requests/{r}", requestId).then().statusCode(404);
        n.staff().body(Map.of("action", "DECLINE")).post(base + "/{r}/actions", requestId).then().statusCode(422)
                .body("errors.field", hasItem("note"));
        n.staff().body(Map.of("action", "DECLINE", "note", "园所临时停课")).post(base + "/{r}/actions", requestId)
                .then().statusCode(200).body("status.code", equalTo("DECLINED")).body("open", equalTo(false));
        as(parent).body(Map.of("action", "CANCEL")).post("/api/v1/me/visit-requests/{r}/actions", requestId).then().statusCode(409);
    }

    @Test
    void thePhoneReachesTheNurseryOnlyWhenSharedForThatRequest() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String time = offer(n, NEXT_WEEK.plusHours(1));
        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        String shared = ask(parent, n, time, true).then().statusCode(201).body("phoneShared", equalTo(true)).extract().path("id");
        String notShared = ask(parent, n, time, false).then().statusCode(201).extract().path("id");
        String base = "/api/v1/admin/nurseries/" + n.id() + "/visits/requests";
        n.staff().get(base + "/{r}", shared).then().body("phone", equalTo("13800138000"));
        n.staff().get(base + "/{r}", notShared).then().body("phone", nullValue());
        n.staff().body(Map.of("action", "ACCEPT")).post(base + "/{r}/actions", shared).then().statusCode(200)
                .body("status.code", equalTo("ACCEPTED"));
        as(parent).body(Map.of("nurseryId", n.id().toString(), "visitTimeId", time, "sharePhone", true))
                .post("/api/v1/me/visit-requests").then().statusCode(422).body("errors.field", hasItem("phone"));
    }

    @Test
    void aParentHasAtMostFiveOpenRequestsAndCancellingOneMakesRoom() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String time = offer(n, NEXT_WEEK.plusHours(2));
        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ask(parent, n, time, false).then().statusCode(201).extract().path("id"));
        }
        ask(parent, n, time, false).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("最多 5 个"));
        as(parent).header("Accept-Language", "en").body(Map.of("nurseryId", n.id().toString(), "visitTimeId", time))
                .post("/api/v1/me/visit-requests").then().statusCode(409).body("detail", containsString("at most 5"));
        as(parent).body(Map.of("action", "CANCEL")).post("/api/v1/me/visit-requests/{r}/actions", ids.get(0))
                .then().statusCode(200).body("status.code", equalTo("CANCELLED"));
        ask(parent, n, time, false).then().statusCode(201);
        as(parent).get("/api/v1/me/visit-requests").then().statusCode(200).body("$", hasSize(6));
    }

    @Test
    void aNurseryAccountNeitherSeesNorAnswersAnotherNurserysRequests() {
        NurseryStaffFixtures.StaffedNursery mine = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        NurseryStaffFixtures.StaffedNursery other = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String time = offer(other, NEXT_WEEK.plusHours(3));
        String requestId = ask(Tokens.parent("parent-" + UUID.randomUUID()), other, time, true).then().statusCode(201)
                .extract().path("id");
        String base = "/api/v1/admin/nurseries/" + other.id() + "/visits";
        mine.staff().get(base + "/requests").then().statusCode(404);
        mine.staff().get(base + "/requests/{r}", requestId).then().statusCode(404);
        mine.staff().body(Map.of("action", "ACCEPT")).post(base + "/requests/{r}/actions", requestId).then().statusCode(404);
        mine.staff().body(Map.of("startsAt", NEXT_WEEK.toString(), "minutes", 30)).post(base + "/times").then().statusCode(404);
        mine.staff().delete(base + "/times/{t}", time).then().statusCode(404);
        // Nor through its own nursery's path.
        mine.staff().get("/api/v1/admin/nurseries/{id}/visits/requests/{r}", mine.id(), requestId).then().statusCode(404);
        // A time in the past cannot be offered; a withdrawn one cannot be asked for.
        other.staff().body(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString(), "minutes", 30))
                .post(base + "/times").then().statusCode(422);
        other.staff().delete(base + "/times/{t}", time).then().statusCode(200);
        ask(Tokens.parent("parent-" + UUID.randomUUID()), other, time, false).then().statusCode(404);
        given().get("/api/v1/nurseries/{id}/visit-times", other.id()).then().statusCode(200).body("id", not(hasItem(time)));
    }
}
