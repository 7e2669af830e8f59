package com.tuoyu.directory.identity;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyApiResponseCarriesTheSecurityHeadersErrorsIncluded() {
        for (String path : new String[] {"/api/v1/divisions", "/api/v1/no-such-thing", "/api/v1/admin/accounts"}) {
            given().when().get(path)
                    .then().header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("Content-Security-Policy", containsString("default-src 'none'"));
        }
    }

    @Test
    void theAdminConsoleOriginMayCallTheApiFromABrowser() {
        given().header("Origin", "https://admin-console.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/admin/auth/sign-in")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://admin-console.test"));
    }

    @Test
    void otherOriginsAreNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/admin/auth/sign-in")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
