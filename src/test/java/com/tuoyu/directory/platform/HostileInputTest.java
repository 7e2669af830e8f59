package com.tuoyu.directory.platform;

import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** Hostile input is refused as the client's fault: never a 5xx, a misleading status or an empty body. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;

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

    @Test
    @OffContractRequests("numbers where the contract has a choice and a date, to see them refused")
    void aNumberForAChoiceOrADateIsRefusedNotReadAsAnIndexOrAnEpochDay() {
        String nursery = filedNurseryIn("360104");
        given().auth().oauth2(Tokens.parent("hostile-parent-enum")).contentType("application/json")
                .body("{\"nurseryId\":\"" + nursery + "\",\"category\":2,\"description\":\"孩子在园内摔伤后无人告知家长。\","
                        + "\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"));
        given().auth().oauth2(Tokens.parent("hostile-parent-date")).contentType("application/json")
                .body("{\"nurseryId\":\"" + nursery + "\",\"category\":\"OTHER\",\"description\":\"孩子在园内摔伤后无人告知家长。\","
                        + "\"incidentDate\":20000}")
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("incidentDate"));
    }

    @Test
    @OffContractRequests("NUL in query and path parameters and in a multipart text part")
    void aNulCharacterInAParameterOrAFormPartIsABadRequestNamingIt() {
        given().queryParam("q", "小\u0000太").get("/api/v1/nurseries/suggestions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
        given().get("/api/v1/nurseries/{id}", "3f2504e0-4f89-31d3-9a0c-0305e82c3301\u0000")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
        given().header("Accept-Language", "en").auth().oauth2(Tokens.staff("FILING_OFFICER", "hostile-officer", "360104"))
                .multiPart("kind", "BUSINESS_LICENCE\u0000").multiPart("documentNumber", "91360104\u0000X")
                .multiPart("file", "licence.pdf", "%PDF-1.4 nothing".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/v1/admin/nurseries/{id}/filing/materials", filedNurseryIn("360104"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field[0]", org.hamcrest.Matchers.oneOf("kind", "documentNumber"))
                .body("detail", containsString("NUL"));
    }

    @Test
    void aUrlOverTheLengthLimitIsA414Problem() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/nurseries/suggestions?q=" + "a".repeat(20_000)))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonPath problem = JsonPath.from(response.body());
        assertThat(problem.getInt("status")).isEqualTo(414);
        assertThat(problem.getString("type")).endsWith("/uri-too-long");
        assertThat(problem.getString("detail")).contains("over the limit of 8192");
        // Chinese by default, like every other problem.
        HttpResponse<String> chinese = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/nurseries?q=" + "b".repeat(9_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.statusCode()).isEqualTo(414);
        assertThat(JsonPath.from(chinese.body()).getString("title")).isEqualTo("URL 过长");
    }

    /** RESTEasy's own parsers fail with a 500 on these; the service refuses them first. */
    @Test
    void aMalformedContentTypeIsA400Problem() throws Exception {
        for (String type : java.util.List.of("multipart/form-data; boundary=", "multipart/form-data; boundary=\"open",
                "multipart/form-data", "garbage", "application/")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "api/v1/complaints")).header("Content-Type", type).header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(type).hasValue("application/problem+json");
            assertThat(JsonPath.from(response.body()).getString("errors[0].field")).as(type).isEqualTo("Content-Type");
        }
    }

    /** java.net.http and REST Assured refuse to send a broken percent-encoding, so these go over a plain socket. */
    @Test
    void aMalformedPercentEncodingIsA400ProblemNamingThePart() throws IOException {
        String query = raw("/api/v1/nurseries/suggestions?size=8&q=%zz");
        assertThat(query).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                .contains("\"field\":\"q\"").contains("percent-encoding");
        assertThat(raw("/api/v1/nurseries/suggestions?q=%E5%B0")).startsWith("HTTP/1.1 400").contains("\"field\":\"q\"");
        assertThat(raw("/api/v1/nurseries/%zz")).startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json").contains("\"field\":\"path\"");
        assertThat(raw("/api/v1/nurseries/abc%")).startsWith("HTTP/1.1 400").contains("\"status\":400");
        // What java.net.URI cannot parse, which Quarkus refused with an empty 400.
        assertThat(raw("/api/v1/nurseries/suggestions?q=a|b")).startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json").contains("\"field\":\"url\"");
        // A well-formed encoding is still read as before.
        assertThat(raw("/api/v1/nurseries/suggestions?q=%E5%B0%8F")).startsWith("HTTP/1.1 200");
    }

    private String raw(String target) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
