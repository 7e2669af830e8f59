package com.tuoyu.directory.search;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

/** Without a map provider the place search says it is not available here (501), never answers made-up places. */
@QuarkusTest
class PlaceSearchNotConfiguredTest {

    @Test
    void withoutAProviderThePlaceSearchIsNotImplementedHere() {
        given().queryParam("q", "万达广场").when().get("/api/v1/places")
                .then().statusCode(501).contentType("application/problem+json")
                .body("type", endsWith("/not-implemented"))
                .body("detail", containsString("nursery.places.provider"))
                .header("Retry-After", nullValue());
    }
}
