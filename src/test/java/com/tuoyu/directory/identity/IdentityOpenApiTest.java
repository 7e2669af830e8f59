package com.tuoyu.directory.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdentityOpenApiTest {

    @Test
    void everyIdentityOperationSaysWhichRolesItNeedsAndDocumentsItsProblems() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        List<String> identityPaths = paths.keySet().stream()
                .filter(p -> p.startsWith("/api/v1/auth") || p.startsWith("/api/v1/admin/auth") || p.startsWith("/api/v1/admin/accounts"))
                .toList();
        assertThat(identityPaths).contains("/api/v1/auth/refresh", "/api/v1/auth/wechat", "/api/v1/auth/sms/codes",
                "/api/v1/auth/sms/sign-in", "/api/v1/auth/sign-out", "/api/v1/auth/sign-out-everywhere",
                "/api/v1/admin/auth/sign-in", "/api/v1/admin/accounts", "/api/v1/admin/accounts/{id}/disable");
        for (String path : identityPaths) {
            paths.get(path).forEach((method, operation) -> {
                assertThat((String) operation.get("description")).as(method + " " + path).contains("Roles:");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("4"));
            });
        }
        String wechat = "paths.'/api/v1/auth/wechat'.post.responses";
        assertThat(api.getMap(wechat).keySet()).contains("200", "400", "401", "403", "429", "503");
        assertThat(api.getMap(wechat + ".'429'.headers")).containsKey("Retry-After");
        assertThat(api.getString("paths.'/api/v1/admin/accounts'.post.description")).contains("Roles: ADMIN");
    }
}
