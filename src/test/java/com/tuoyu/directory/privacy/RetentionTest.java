package com.tuoyu.directory.privacy;

import com.tuoyu.directory.alert.MovingClock;
import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.platform.images.TestImages;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21 point 3: the retention schedule with the defaults, on a clock moved by years. Photos go a year after
 * closing unless a penalty relies on them, contact numbers three years after; an account unused for two years is
 * told 30 days ahead and deleted only if still unused; the audit trail is never touched.
 */
@QuarkusTest
@TestProfile(PrivacyClockProfile.class)
class RetentionTest {

    @Inject
    Clock clock;

    private void advance(int days) {
        ((MovingClock) clock).advance(Duration.ofDays(days));
    }

    private static JsonPath purge() {
        return given().auth().oauth2(Tokens.admin()).post("/api/v1/admin/privacy/retention-purge").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A resolved complaint with a contact number and a photo, filed on the service's (moved) day. */
    private String resolvedComplaint(PrivacyFixtures.Parent parent, String contact) {
        String json = "{\"nurseryId\":\"" + PrivacyFixtures.listedNursery() + "\",\"category\":\"OTHER\","
                + "\"description\":\"园内消防通道被杂物堵塞，照片为当天拍摄。\",\"incidentDate\":\"" + LocalDate.now(clock).minusDays(1)
                + "\",\"contactPhone\":\"" + contact + "\"}";
        String id = given().auth().oauth2(Tokens.parent(parent.accountId()))
                .multiPart("complaint", "complaint.json", json.getBytes(), "application/json")
                .multiPart("photos", "IMG_0001.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        PrivacyFixtures.act(id, Map.of("action", "ACCEPT"));
        PrivacyFixtures.act(id, Map.of("action", "RESOLVE", "text", "已责令整改", "finding", "SUBSTANTIATED"));
        return id;
    }

    private static long photos(String complaint) {
        return Database.count("select count(*) from complaint_photo where complaint_id = cast(? as uuid)", complaint);
    }

    private static Object contact(String complaint) {
        return Database.rows("select contact_phone_sealed from complaint where id = cast(? as uuid)", complaint).get(0)
                .get("contact_phone_sealed");
    }

    private static boolean exists(PrivacyFixtures.Parent parent) {
        return Database.count("select count(*) from account where id = cast(? as uuid)", parent.accountId()) == 1;
    }

    private static Object noticedAt(PrivacyFixtures.Parent parent) {
        return Database.rows("select inactivity_notice_at from account where id = cast(? as uuid)", parent.accountId()).get(0)
                .get("inactivity_notice_at");
    }

    @Test
    @OffContractRequests("multipart/form-data: REST Assured does not expose the parts to the validator, which then sees no body")
    void theScheduleRemovesPhotosContactsAndUnusedAccountsOnTimeAndNeverTheAuditTrail() {
        String keptPhone = PrivacyFixtures.randomPhone();
        PrivacyFixtures.Parent kept = PrivacyFixtures.bySms(keptPhone);
        PrivacyFixtures.Parent idle = PrivacyFixtures.bySms(PrivacyFixtures.randomPhone());
        String plain = resolvedComplaint(kept, PrivacyFixtures.randomPhone());
        String penalised = resolvedComplaint(kept, PrivacyFixtures.randomPhone());
        Database.rows("update complaint set linked_penalty_id = gen_random_uuid() where id = cast(? as uuid) returning id", penalised);
        long audit = Database.count("select count(*) from audit_entry");

        // A year and a bit after closing: the photo goes unless a penalty relies on it; contact numbers stay.
        advance(370);
        assertThat(purge().getInt("photosDeleted")).isGreaterThanOrEqualTo(1);
        assertThat(photos(plain)).isZero();
        assertThat(photos(penalised)).isOne();
        assertThat(contact(plain)).isNotNull();
        assertThat(noticedAt(idle)).isNull();

        // Thirty-odd days before two unused years: both parents are told; one comes back.
        advance(335);
        assertThat(purge().getInt("noticesSent")).isGreaterThanOrEqualTo(2);
        assertThat(noticedAt(idle)).isNotNull();
        assertThat(noticedAt(kept)).isNotNull();
        PrivacyFixtures.bySms(keptPhone);
        assertThat(noticedAt(kept)).isNull();

        // Not two years yet: nobody is deleted.
        advance(20);
        purge();
        assertThat(exists(idle)).isTrue();

        // Two years unused and told more than 30 days ago: deleted; the parent who came back stays.
        advance(12);
        assertThat(purge().getInt("accountsDeleted")).isGreaterThanOrEqualTo(1);
        assertThat(exists(idle)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(contact(plain)).isNotNull();

        // Three years after closing: the contact numbers go, the complaints stay.
        advance(363);
        assertThat(purge().getInt("contactsRemoved")).isGreaterThanOrEqualTo(2);
        assertThat(contact(plain)).isNull();
        assertThat(contact(penalised)).isNull();
        assertThat(Database.rows("select contact_purged_at from complaint where id = cast(? as uuid)", plain).get(0)
                .get("contact_purged_at")).isNotNull();
        assertThat(photos(penalised)).isOne();
        // Three years on, the audit trail still has every entry it had: the purge never deletes from it.
        assertThat(Database.count("select count(*) from audit_entry")).isGreaterThanOrEqualTo(audit);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ?", plain)).isGreaterThanOrEqualTo(3);
    }
}
