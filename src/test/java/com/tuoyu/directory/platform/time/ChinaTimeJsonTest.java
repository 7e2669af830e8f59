package com.tuoyu.directory.platform.time;

import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Points in time are written in Beijing time to the second, whether a DTO holds an Instant or an OffsetDateTime. */
@QuarkusTest
class ChinaTimeJsonTest {

    private static final String BEIJING_SECOND = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";

    @Test
    void anInstantIsWrittenInBeijingTimeToTheSecond() {
        assertThat(ChinaTimeJson.format(Instant.parse("2026-12-11T16:00:00.123456Z"))).isEqualTo("2026-12-12T00:00:00+08:00");
        List<String> created = given().auth().oauth2(Tokens.staff("ADMIN", "admin-times"))
                .get("/api/v1/admin/accounts").then().statusCode(200).extract().jsonPath().getList("createdAt");
        assertThat(created).isNotEmpty().allMatch(at -> at.matches(BEIJING_SECOND));
    }

    @Test
    void anOffsetDateTimeIsWrittenTheSameWay() {
        List<String> updated = given().auth().oauth2(Tokens.staff("HANDLER", "h-times", "360102"))
                .get("/api/v1/admin/reply-templates").then().statusCode(200).extract().jsonPath().getList("updatedAt");
        assertThat(updated).isNotEmpty().allMatch(at -> at.matches(BEIJING_SECOND));
    }
}
