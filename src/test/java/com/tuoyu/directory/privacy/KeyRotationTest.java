package com.tuoyu.directory.privacy;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.platform.crypto.PersonalDataKeys;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Issue #21 point 4, key rotation: values sealed with the old key (dev-1) keep opening after a new key (dev-2) became
 * current (the test configuration's current key); the rotation re-seals them with dev-2, after which none is left
 * under dev-1 and they still open.
 */
@QuarkusTest
class KeyRotationTest {

    /** dev-2, as application.properties lists it for the tests. */
    private static final String NEW_KEY = "ZGV2LW9ubHkta2V5LTAyIQ==";

    /** The cipher as it was before the rotation: dev-1 current. */
    private static PersonalDataCipher before() {
        PersonalDataKeys now = PersonalData.cipher().keys();
        return new PersonalDataCipher(new PersonalDataKeys("dev-1", Map.of("dev-1", now.keys().get("dev-1")), now.indexKey()));
    }

    @Test
    void oldValuesOpenAndTheRotationReSealsThemWithTheNewKey() {
        String phone = PrivacyFixtures.randomPhone();
        String openid = "o-" + UUID.randomUUID();
        String accountId = UUID.randomUUID().toString();
        PersonalDataCipher old = before();
        Database.rows("insert into account (id, kind, roles, divisions, phone_sealed, phone_index, wechat_openid_sealed, "
                        + "wechat_openid_index, enabled, created_at, updated_at) values (?::uuid, 'PARENT', 'PARENT', '', ?, ?, ?, ?, "
                        + "true, now(), now()) returning id", accountId, old.seal(phone), old.index(phone), old.seal(openid),
                old.index(openid));
        // A staff member's TOTP secret, sealed with the old key too (the account row only anchors the foreign key).
        String totpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        Database.rows("insert into staff_second_factor (account_id, secret, created_at, last_step) values (?::uuid, ?, now(), 0) "
                + "returning account_id", accountId, old.seal(totpSecret));

        // Before the rotation the old values open (read only: a write of the row would re-seal it with dev-2 by itself).
        given().auth().oauth2(Tokens.parent(accountId)).get("/api/v1/auth/me").then().statusCode(200)
                .body("accountId", equalTo(accountId)).body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        assertThat((String) Database.rows("select phone_sealed from account where id = cast(? as uuid)", accountId).get(0)
                .get("phone_sealed")).startsWith("sm4gcm:dev-1:");

        given().auth().oauth2(Tokens.withRoles("SUPERVISOR")).post("/api/v1/admin/privacy/key-rotation").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).post("/api/v1/admin/privacy/key-rotation").then().statusCode(200)
                .body("currentKey", equalTo("dev-2"))
                .body("resealed.'account.phone_sealed'", greaterThanOrEqualTo(1))
                .body("resealed.'account.wechat_openid_sealed'", greaterThanOrEqualTo(1))
                .body("resealed.'staff_second_factor.secret'", greaterThanOrEqualTo(1));

        Map<String, Object> row = Database.rows("select phone_sealed, wechat_openid_sealed from account where id = cast(? as uuid)",
                accountId).get(0);
        assertThat((String) row.get("phone_sealed")).startsWith("sm4gcm:dev-2:");
        assertThat(PersonalData.open((String) row.get("phone_sealed"))).isEqualTo(phone);
        assertThat(PersonalData.open((String) row.get("wechat_openid_sealed"))).isEqualTo(openid);
        String secret = (String) Database.rows("select secret from staff_second_factor where account_id = cast(? as uuid)",
                accountId).get(0).get("secret");
        assertThat(secret).startsWith("sm4gcm:dev-2:");
        assertThat(PersonalData.open(secret)).isEqualTo(totpSecret);
        for (String[] column : new String[][] {{"account", "phone_sealed"}, {"account", "wechat_openid_sealed"},
                {"account", "wechat_unionid_sealed"}, {"complaint", "contact_phone_sealed"}, {"visit_request", "phone_sealed"},
                {"staff_second_factor", "secret"}}) {
            assertThat(Database.count("select count(*) from " + column[0] + " where " + column[1] + " like 'sm4gcm:dev-1:%'"))
                    .as(column[0] + "." + column[1]).isZero();
        }
        // The old key alone no longer opens the re-sealed value: dev-1 could now be removed from the key file.
        assertThat(Base64.getEncoder().encodeToString(PersonalData.cipher().keys().keys().get("dev-2")))
                .isEqualTo(NEW_KEY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> old.open((String) row.get("phone_sealed")))
                .hasMessageContaining("dev-2");
        // The blind indexes did not change: sign-in by phone and by WeChat still finds the account.
        assertThat(PrivacyFixtures.bySms(phone).accountId()).isEqualTo(accountId);
        assertThat(PrivacyFixtures.byWeChat(openid, "u-" + UUID.randomUUID()).accountId()).isEqualTo(accountId);
    }
}
