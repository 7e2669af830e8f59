package com.tuoyu.directory.privacy;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nurserystaff.NurseryStaffFixtures;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue #21 point 4: after sign-ins (SMS and WeChat), a complaint with a contact number, a visit request sharing a
 * phone and a vacancy alert, the raw tables hold none of the phone numbers or WeChat ids in clear — in any column
 * of any table — while the service still finds the accounts and shows the numbers to whom it shows them.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    @Test
    void noPhoneNumberOrWeChatIdIsInClearInAnyTable() {
        String phone = PrivacyFixtures.randomPhone();
        PrivacyFixtures.Parent smsParent = PrivacyFixtures.bySms(phone);
        String openid = "o-" + UUID.randomUUID();
        String unionid = "u-" + UUID.randomUUID();
        PrivacyFixtures.Parent weChatParent = PrivacyFixtures.byWeChat(openid, unionid);

        String contact = PrivacyFixtures.randomPhone();
        String complaint = PrivacyFixtures.complaint(smsParent, contact);

        NurseryStaffFixtures.StaffedNursery nursery = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String visitPhone = PrivacyFixtures.randomPhone();
        String visit = PrivacyFixtures.visitSaveAndAlert(weChatParent, nursery, visitPhone, 9);

        assertThat(PersonalData.tablesContaining(phone, openid, unionid, contact, visitPhone)).isEmpty();
        // The sealed columns carry the key id and open to the values (also with the key only the tests share).
        Map<String, Object> account = Database.rows("select phone_sealed, phone_index from account where id = cast(? as uuid)",
                smsParent.accountId()).get(0);
        assertThat((String) account.get("phone_sealed")).startsWith("sm4gcm:dev-2:");
        assertThat(PersonalData.open((String) account.get("phone_sealed"))).isEqualTo(phone);
        assertThat(PersonalData.open((String) Database.rows("select contact_phone_sealed from complaint where id = cast(? as uuid)",
                complaint).get(0).get("contact_phone_sealed"))).isEqualTo(contact);

        // The service opens them where it shows them: the parent's own (masked) number, the nursery the shared phone.
        smsParent.api().get("/api/v1/auth/me").then().statusCode(200)
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        nursery.staff().get("/api/v1/admin/nurseries/{n}/visits/requests/{r}", nursery.id(), visit).then().statusCode(200)
                .body("phone", equalTo(visitPhone));
        given().auth().oauth2(Tokens.staff("HANDLER", "handler-" + UUID.randomUUID(), "360104"))
                .get("/api/v1/admin/complaints/{id}", complaint).then().statusCode(200)
                .body("contactPhone", equalTo(contact.substring(0, 3) + "****" + contact.substring(7)));
        // And finds the accounts by their blind indexes: signing in again reaches the same accounts.
        assertThat(PrivacyFixtures.bySms(phone).accountId()).isEqualTo(smsParent.accountId());
        assertThat(PrivacyFixtures.byWeChat(openid, unionid).accountId()).isEqualTo(weChatParent.accountId());
    }
}
