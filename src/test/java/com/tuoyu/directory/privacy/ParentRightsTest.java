package com.tuoyu.directory.privacy;

import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nurserystaff.NurseryStaffFixtures;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Issue #21 point 1: a parent sees and downloads what is held, changes the phone, withdraws consent, deletes the account. */
@QuarkusTest
class ParentRightsTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    /** A parent with a phone, a linked WeChat, a complaint with a photo, a saved nursery, an alert and a visit request. */
    private record Everything(PrivacyFixtures.Parent parent, String phone, String openid, String unionid, String contact,
                              String complaint, String visitPhone, String visit) {
    }

    private Everything parentWithEverything() {
        String phone = PrivacyFixtures.randomPhone();
        PrivacyFixtures.Parent parent = PrivacyFixtures.bySms(phone);
        String openid = "o-" + UUID.randomUUID();
        String unionid = "u-" + UUID.randomUUID();
        parent.api().body(Map.of("code", PrivacyFixtures.weChatCode(openid, unionid))).post("/api/v1/auth/link/wechat")
                .then().statusCode(200).body("wechatLinked", equalTo(true));
        String contact = PrivacyFixtures.randomPhone();
        String complaint = PrivacyFixtures.complaintWithPhoto(parent, contact);

        NurseryStaffFixtures.StaffedNursery nursery = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String visitPhone = PrivacyFixtures.randomPhone();
        String visit = PrivacyFixtures.visitSaveAndAlert(parent, nursery, visitPhone, 8);
        return new Everything(parent, phone, openid, unionid, contact, complaint, visitPhone, visit);
    }

    @Test
    @OffContractRequests("multipart/form-data: REST Assured does not expose the parts to the validator, which then sees no body")
    void aParentDownloadsEverythingHeldAboutThemInOneDocument() {
        Everything e = parentWithEverything();

        JsonPath held = e.parent().api().get("/api/v1/me/personal-data").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"personal-data-"))
                .header("Cache-Control", "no-store")
                .body("account.accountId", equalTo(e.parent().accountId()))
                .body("account.phone", equalTo(e.phone())).body("account.wechatOpenid", equalTo(e.openid()))
                .body("account.wechatUnionid", equalTo(e.unionid())).body("account.noticeVersion", equalTo(PrivacyFixtures.NOTICE))
                .body("account.notificationsConsent", equalTo(true))
                .body("complaints", hasSize(1)).body("complaints[0].complaint.id", equalTo(e.complaint()))
                .body("complaints[0].contactPhone", equalTo(e.contact())).body("complaints[0].photos", hasSize(1))
                .body("complaints[0].complaint.history[0].action", equalTo("SUBMIT"))
                .body("savedNurseries.items", hasSize(1)).body("vacancyAlerts.items", hasSize(1))
                .body("visitRequests", hasSize(1)).body("visitRequests[0].sharedPhone", equalTo(e.visitPhone()))
                .body("retention.data", org.hamcrest.Matchers.hasItems("complaint-contact", "complaint-photos", "account", "audit"))
                .extract().jsonPath();
        assertThat(held.getString("generatedAt")).endsWith("+08:00");
        // The photo link works for the parent.
        e.parent().api().get(held.getString("complaints[0].photos[0].url")).then().statusCode(200).contentType("image/jpeg");
        // Another parent's copy holds none of it.
        PrivacyFixtures.Parent other = PrivacyFixtures.bySms(PrivacyFixtures.randomPhone());
        other.api().get("/api/v1/me/personal-data").then().statusCode(200).body("complaints", hasSize(0))
                .body("visitRequests", hasSize(0)).body("account.wechatOpenid", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/me/personal-data").then().statusCode(401);
    }

    @Test
    void changingThePhoneNeedsACodeSentToTheNewNumber() {
        String before = PrivacyFixtures.randomPhone();
        PrivacyFixtures.Parent parent = PrivacyFixtures.bySms(before);
        String after = PrivacyFixtures.randomPhone();
        String code = PrivacyFixtures.smsCode(after);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        parent.api().body(Map.of("phone", after, "code", wrong)).post("/api/v1/auth/link/phone").then().statusCode(401);
        parent.api().get("/api/v1/auth/me").then().body("phone", equalTo(before.substring(0, 3) + "****" + before.substring(7)));

        parent.api().body(Map.of("phone", after, "code", code)).post("/api/v1/auth/link/phone").then().statusCode(200)
                .body("phone", equalTo(after.substring(0, 3) + "****" + after.substring(7)));
        assertThat(PrivacyFixtures.bySms(after).accountId()).isEqualTo(parent.accountId());
        // The old number no longer reaches the account: signing in with it starts a new one.
        assertThat(PrivacyFixtures.bySms(before).accountId()).isNotEqualTo(parent.accountId());
        assertThat(Database.count("select count(*) from account where phone_index = ?", PersonalData.index(after))).isOne();
    }

    @Test
    void withdrawingConsentStopsNoticesUntilGivenAgain() {
        // A parent with a WeChat link (written as sign-in writes it, without a round trip to the WeChat stub).
        String openid = "o-" + UUID.randomUUID();
        String accountId = UUID.randomUUID().toString();
        Database.rows("insert into account (id, kind, roles, divisions, wechat_openid_sealed, wechat_openid_index, enabled, "
                + "created_at, updated_at) values (?::uuid, 'PARENT', 'PARENT', '', ?, ?, true, now(), now()) returning id",
                accountId, PersonalData.seal(openid), PersonalData.index(openid));
        PrivacyFixtures.Parent parent = new PrivacyFixtures.Parent(accountId, com.tuoyu.directory.support.Tokens.parent(accountId));
        parent.api().body(Map.of("consent", false)).put("/api/v1/me/notification-consent").then().statusCode(200)
                .body("notificationsConsent", equalTo(false)).body("notificationsWithdrawnAt", containsString("+08:00"));
        String complaint = PrivacyFixtures.complaint(parent, null);
        PrivacyFixtures.act(complaint, Map.of("action", "ACCEPT"));
        // The accepted notice is decided without a channel: nothing goes to WeChat.
        await().atMost(Duration.ofSeconds(60)).until(() -> Database.count("select count(*) from complaint_notification "
                + "where complaint_id = cast(? as uuid) and outcome = 'NO_WECHAT'", complaint) == 1);

        parent.api().body(Map.of("consent", true)).put("/api/v1/me/notification-consent").then().statusCode(200)
                .body("notificationsConsent", equalTo(true));
        parent.api().body(Map.of()).put("/api/v1/me/notification-consent").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("consent"));
    }

    @Test
    @OffContractRequests("multipart/form-data: REST Assured does not expose the parts to the validator, which then sees no body")
    void aDeletedParentCanNoLongerBeIdentifiedFromAnyTable() {
        Everything e = parentWithEverything();
        // A second complaint, resolved, whose photo a penalty relies on (the handler linked one): that photo stays.
        String withPenalty = PrivacyFixtures.complaintWithPhoto(e.parent(), e.contact());
        Database.rows("update complaint set linked_penalty_id = gen_random_uuid() where id = cast(? as uuid) returning id", withPenalty);
        String idempotent = e.parent().api().header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("nurseryId", PrivacyFixtures.listedNursery(), "category", "SAFETY_INJURY", "sensitiveConsent", true,
                        "description", "户外滑梯护栏松动，孩子手臂被划伤。", "incidentDate", java.time.LocalDate.now().toString()))
                .post("/api/v1/complaints").then().statusCode(201).extract().<String>path("id");
        String[] traces = {e.phone(), e.openid(), e.unionid(), e.contact(), e.visitPhone(), e.parent().accountId()};
        assertThat(PersonalData.tablesContaining(traces)).as("before deletion, the account id is in several tables")
                .isNotEmpty();

        e.parent().api().delete("/api/v1/me/account").then().statusCode(204);

        assertThat(PersonalData.tablesContaining(traces)).isEmpty();
        // Complaints stay, text and all, without the link; the photo no penalty relies on is gone.
        for (String id : List.of(e.complaint(), withPenalty, idempotent)) {
            Map<String, Object> row = Database.rows("select parent_id, contact_phone_sealed, description from complaint "
                    + "where id = cast(? as uuid)", id).get(0);
            assertThat(row.get("parent_id")).isNull();
            assertThat(row.get("contact_phone_sealed")).isNull();
            assertThat((String) row.get("description")).isNotBlank();
        }
        assertThat(Database.count("select count(*) from complaint_photo where complaint_id = cast(? as uuid)", e.complaint())).isZero();
        assertThat(Database.count("select count(*) from complaint_photo where complaint_id = cast(? as uuid)", withPenalty)).isOne();
        assertThat(Database.count("select count(*) from visit_request where id = cast(? as uuid)", e.visit())).isZero();
        // The handler still reads the complaint; the parent's token no longer reaches anything of theirs.
        given().auth().oauth2(com.tuoyu.directory.support.Tokens.staff("HANDLER", "h-privacy", "360104"))
                .get("/api/v1/admin/complaints/{id}", e.complaint()).then().statusCode(200)
                .body("contactPhone", org.hamcrest.Matchers.nullValue());
        e.parent().api().get("/api/v1/me/personal-data").then().statusCode(401);
        // The deleted parent's access token, still within its lifetime, is refused at once everywhere: it can neither
        // read nor write anything under the old account id (which would leave a trace again).
        e.parent().api().get("/api/v1/complaints/{id}", e.complaint()).then().statusCode(401);
        e.parent().api().put("/api/v1/me/saved-nurseries/{id}", PrivacyFixtures.listedNursery()).then().statusCode(401)
                .contentType("application/problem+json");
        e.parent().api().get("/api/v1/me/saved-nurseries").then().statusCode(401);
        e.parent().api().header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("nurseryId", PrivacyFixtures.listedNursery(), "category", "FEES_REFUNDS",
                        "description", "退费迟迟未办理，已经等了两个月。", "incidentDate", java.time.LocalDate.now().toString()))
                .post("/api/v1/complaints").then().statusCode(401);
        assertThat(PersonalData.tablesContaining(traces)).isEmpty();
        // What is kept to refuse the token is the account id's keyed index, until the token expires, not the id.
        assertThat(Database.count("select count(*) from ended_access where subject_index = ? and until < now() + interval '18 minutes'",
                PersonalData.index(e.parent().accountId()))).isOne();
        // Signing in again with the same phone starts a new, empty account.
        PrivacyFixtures.Parent again = PrivacyFixtures.bySms(e.phone());
        assertThat(again.accountId()).isNotEqualTo(e.parent().accountId());
        again.api().get("/api/v1/me/personal-data").then().statusCode(200).body("complaints", hasSize(0));
    }
}
