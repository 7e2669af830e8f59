package com.tuoyu.directory.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownRouteIsANotFoundProblem() {
        given().accept("application/json")
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("未找到"))
                .body("type", startsWith("https://"))
                .body("instance", equalTo("/api/v1/no-such-thing"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void unknownRouteOutsideTheApiIsAlsoAProblem() {
        given().when().get("/definitely/not/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}")
                .when().delete("/api/v1/divisions")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body("detail", containsString("DELETE"));
    }

    @Test
    void malformedParameterIsABadRequestNamingTheParameter() {
        given().queryParam("parent", "36-01")
                .when().get("/api/v1/divisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("parent"))
                .body("detail", containsString("六位"))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.tuoyu")));
    }

    @Test
    void unknownDivisionIsANotFoundProblem() {
        given().queryParam("parent", "999999")
                .when().get("/api/v1/divisions")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("999999"))
                .body("instance", notNullValue());
    }
}
