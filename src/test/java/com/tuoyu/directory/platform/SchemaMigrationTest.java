package com.tuoyu.directory.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class SchemaMigrationTest {

    @Inject
    Flyway flyway;

    @Test
    void flywayCreatedTheSchemaAndEveryMigrationSucceeded() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(info -> info.getVersion().getVersion()))
                .contains("1", "2");
        assertThat(applied).allMatch(info -> info.getState().isApplied() && !info.getState().isFailed());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void referenceDivisionsFromTheMigrationAreServed() {
        given().when().get("/api/v1/divisions")
                .then().statusCode(200)
                .body("code", hasItems("360000", "140000", "130000", "620000"));
        given().queryParam("parent", "360100").when().get("/api/v1/divisions")
                .then().statusCode(200)
                .body("name", hasItems("东湖区", "西湖区", "红谷滩区"));
    }
}
