package com.tuoyu.directory.privacy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.tuoyu.directory.identity.IdentityTestResource;
import com.tuoyu.directory.identity.RecordingSmsSender;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Notice;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

/** Parents signed in for real (SMS or stubbed WeChat), with what they file: the personal data the service keeps. */
final class PrivacyFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    static final String NOTICE = Notice.CURRENT;

    private PrivacyFixtures() {
    }

    /** A signed-in parent: the account id and its access token. */
    record Parent(String accountId, String token) {
        RequestSpecification api() {
            return given().auth().oauth2(token).contentType("application/json");
        }
    }

    static String randomPhone() {
        return "137" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    static String smsCode(String phone) {
        // The suite signs in from one address many times an hour, and these tests sign in again with the same phone:
        // the limits are SmsSignInTest's subject, not these tests'.
        Database.rows("delete from rate_limit where key like 'sms:ip:%' or key = ? returning key",
                "sms:phone:interval:" + com.tuoyu.directory.support.PersonalData.index(phone));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        return RecordingSmsSender.lastCode(phone);
    }

    static Parent bySms(String phone) {
        JsonPath session = given().contentType("application/json")
                .body(Map.of("phone", phone, "code", smsCode(phone), "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(200).extract().jsonPath();
        return new Parent(session.getString("accountId"), session.getString("accessToken"));
    }

    /** A WeChat login code that code2Session (stubbed) answers with this openid and unionid. */
    static String weChatCode(String openid, String unionid) {
        String code = "code-" + UUID.randomUUID();
        IdentityTestResource.wechat().stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", WireMock.equalTo(code))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                        .withBody("{\"openid\":\"" + openid + "\",\"session_key\":\"k-" + UUID.randomUUID()
                                + "\",\"unionid\":\"" + unionid + "\"}")));
        return code;
    }

    static Parent byWeChat(String openid, String unionid) {
        JsonPath session = given().contentType("application/json")
                .body(Map.of("code", weChatCode(openid, unionid), "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/wechat").then().statusCode(200).extract().jsonPath();
        return new Parent(session.getString("accountId"), session.getString("accessToken"));
    }

    /** A listed nursery of Donghu district (360104) with a filing in force. */
    static String listedNursery() {
        return Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360104' order by n.id limit 1").get(0).get("id").toString();
    }

    /** Files a complaint (OTHER) with a contact number and one photo, as multipart; answers its id. */
    static String complaintWithPhoto(Parent parent, String contactPhone) {
        String json = "{\"nurseryId\":\"" + listedNursery() + "\",\"category\":\"OTHER\",\"description\":\"园内消防通道被杂物堵塞，照片为当天拍摄。\","
                + "\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\",\"contactPhone\":\"" + contactPhone + "\"}";
        return given().auth().oauth2(parent.token()).multiPart("complaint", "complaint.json", json.getBytes(), "application/json")
                .multiPart("photos", "IMG_0001.JPG", com.tuoyu.directory.platform.images.TestImages.jpegWithGps(), "image/jpeg")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    /** A handler of Donghu district acts on a complaint (ACCEPT, RESOLVE with a finding...). */
    static void act(String complaintId, Map<String, Object> action) {
        String handler = com.tuoyu.directory.support.Tokens.staff("HANDLER", "h-privacy", "360104");
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", complaintId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", version);
        given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", complaintId).then().statusCode(200);
    }

    /** Files a complaint (OTHER: no sensitive information) with a contact number; answers its id. */
    static String complaint(Parent parent, String contactPhone) {
        Map<String, Object> body = new HashMap<>(Map.of("nurseryId", listedNursery(), "category", "OTHER",
                "description", "接送时老师未核对接送人身份。", "incidentDate", LocalDate.now().toString()));
        if (contactPhone != null) {
            body.put("contactPhone", contactPhone);
        }
        return parent.api().body(body).post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    /**
     * What a parent does with a nursery beyond complaining: a visit request sharing {@code phone} (at a time the
     * nursery's staff offer {@code daysAhead} days from now), the nursery saved, a vacancy alert on it. Answers the
     * visit request's id.
     */
    static String visitSaveAndAlert(Parent parent, com.tuoyu.directory.nurserystaff.NurseryStaffFixtures.StaffedNursery nursery,
                                    String phone, int daysAhead) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(daysAhead)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS).withHour(10);
        java.util.List<Map<String, Object>> times = nursery.staff().body(Map.of("startsAt", at.toString(), "minutes", 45))
                .post("/api/v1/admin/nurseries/{id}/visits/times", nursery.id()).then().statusCode(200).extract().path("$");
        String visit = parent.api().body(Map.of("nurseryId", nursery.id().toString(), "visitTimeId", times.get(0).get("id"),
                        "sharePhone", true, "phone", phone, "childAgeMonths", 20))
                .post("/api/v1/me/visit-requests").then().statusCode(201).extract().path("id");
        parent.api().put("/api/v1/me/saved-nurseries/{id}", nursery.id()).then().statusCode(201);
        parent.api().body(Map.of("nurseryId", nursery.id().toString(), "childAgeMonths", 20, "careType", "FULL_DAY"))
                .post("/api/v1/me/vacancy-alerts").then().statusCode(201);
        return visit;
    }
}
