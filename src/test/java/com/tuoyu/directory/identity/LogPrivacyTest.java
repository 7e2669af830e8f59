package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in by SMS, refreshes, files a complaint with a phone number and has a handler reveal it, then reads the
 * service's own log file (the test profile writes one): none of the secrets or personal data involved may be
 * in it, nor anything shaped like a token or a mainland mobile number from any other test of the run.
 */
@QuarkusTest
class LogPrivacyTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z*])1[3-9][0-9]{9}(?![0-9A-Za-z])");

    @Test
    void noTokenCodeSecretOrFullPhoneNumberReachesTheLog() throws Exception {
        String phone = "136" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        String code = RecordingSmsSender.lastCode(phone);
        JsonPath session = given().contentType("application/json").body(Map.of("phone", phone, "code", code))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(200).extract().jsonPath();
        JsonPath refreshed = Staff.refresh(session.getString("refreshToken")).then().statusCode(200).extract().jsonPath();
        String access = refreshed.getString("accessToken");

        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360104' order by n.id limit 1").get(0).get("id").toString();
        String contact = "135" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        String complaint = given().auth().oauth2(access).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "OTHER", "description", "接送时老师未核对接送人身份。",
                        "incidentDate", LocalDate.now().toString(), "contactPhone", contact))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        Staff.Created account = Staff.create(java.util.List.of("HANDLER"), java.util.List.of("360104"));
        String handlerToken = Staff.signIn(account.username(), account.password()).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(handlerToken).contentType("application/json").body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "需电话核实事发经过"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", complaint).then().statusCode(200);
        // A failed sign-in with a wrong password is logged; the password must not be.
        Staff.signIn(account.username(), "Wrong-" + account.password()).then().statusCode(401);

        assertThat(LOG).exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        // The SMS send was logged, masked: the scan reads the lines that matter.
        assertThat(log).contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone).doesNotContain(contact).doesNotContain(code)
                .doesNotContain(session.getString("accessToken")).doesNotContain(session.getString("refreshToken"))
                .doesNotContain(access).doesNotContain(refreshed.getString("refreshToken"))
                .doesNotContain(account.password()).doesNotContain(IdentityTestResource.SECRET);
        assertThat(JWT.matcher(log).find()).as("a JWT in the log").isFalse();
        assertThat(MOBILE.matcher(log).results().map(m -> m.group()).toList()).as("full mobile numbers in the log").isEmpty();
    }
}
