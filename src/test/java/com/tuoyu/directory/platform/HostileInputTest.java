package com.tuoyu.directory.platform;

import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Hostile input is refused as the client's fault: never a 5xx, a misleading status or an empty body. */
@QuarkusTest
class HostileInputTest {

    private static String filedNurseryIn(String county) {
        return Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '" + county + "' order by n.id limit 1").get(0).get("id").toString();
    }

    @Test
    @OffContractRequests("a text with NUL, which the contract's string type does not exclude but the service refuses")
    void aNulCharacterInATextIsABadRequestNamingTheField() {
        given().auth().oauth2(Tokens.parent("hostile-parent-nul")).contentType("application/json")
                .body(Map.of("nurseryId", filedNurseryIn("360104"), "category", "OTHER",
                        "description", "孩子在园内摔伤\u0000后无人告知家长。", "incidentDate", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("description"));
        given().contentType("application/json").body(Map.of("username", "adm\u0000in", "password", "whatever-password-1"))
                .post("/api/v1/admin/auth/sign-in")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("username"));
    }

    @Test
    void aMalformedMultipartBodyIsABadRequest() {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .auth().oauth2(Tokens.parent("hostile-parent-multipart"))
                .contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"complaint\"\r\n\r\n{\"a\":1}\r\n--WRONG--garbage")
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    @OffContractRequests("a number where the contract has a text, to see it refused")
    void aJsonNumberForATextFieldIsRefusedNotCoerced() {
        given().auth().oauth2(Tokens.parent("hostile-parent-number")).contentType("application/json")
                .body("{\"nurseryId\":\"" + filedNurseryIn("360104") + "\",\"category\":\"OTHER\","
                        + "\"description\":1234567890123,\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("description"));
    }
}
