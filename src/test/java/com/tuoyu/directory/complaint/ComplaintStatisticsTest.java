package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ComplaintStatisticsTest {

    private static String submit(String nursery, String category) {
        return given().auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", category, "description", "兰州城关区托育园收费不透明，退费困难。",
                        "incidentDate", LocalDate.now().minusDays(3).toString(), "sensitiveConsent", true))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static void act(String handler, String id, Map<String, Object> action) {
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", version);
        given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
    }

    @Test
    void supervisorFiguresMatchTheComplaintsInTheDatabase() {
        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '620102' order by n.id limit 1").get(0).get("id").toString();
        String handler = Tokens.staff("HANDLER", "h-lz", "620102");
        String resolved = submit(nursery, "FEES_REFUNDS");
        act(handler, resolved, Map.of("action", "ACCEPT"));
        act(handler, resolved, Map.of("action", "RESOLVE", "text", "已责令退费", "finding", "SUBSTANTIATED"));
        given().auth().oauth2(Tokens.parent("x")).get("/api/v1/complaints/{id}", resolved).then().statusCode(404);
        String rejected = submit(nursery, "OTHER");
        act(handler, rejected, Map.of("action", "REJECT", "text", "不属于托育机构监管范围"));
        submit(nursery, "SUSPECTED_ABUSE");

        JsonPath stats = given().auth().oauth2(Tokens.staff("SUPERVISOR", "s-lz", "620100"))
                .queryParam("division", "620100").get("/api/v1/admin/statistics/complaints")
                .then().statusCode(200).extract().jsonPath();

        String scope = " from complaint where division_code like '6201%'";
        assertThat(stats.getLong("total")).isEqualTo(Database.count("select count(*)" + scope));
        assertThat(stats.getLong("byStatus.RESOLVED")).isEqualTo(Database.count("select count(*)" + scope + " and status = 'RESOLVED'"));
        assertThat(stats.getLong("byStatus.REJECTED")).isEqualTo(Database.count("select count(*)" + scope + " and status = 'REJECTED'"));
        assertThat(stats.getLong("byCategory.SUSPECTED_ABUSE")).isEqualTo(
                Database.count("select count(*)" + scope + " and category = 'SUSPECTED_ABUSE'"));
        assertThat(stats.getLong("byDivision.620102")).isEqualTo(Database.count("select count(*)" + scope + " and division_code = '620102'"));
        assertThat(stats.getLong("substantiated")).isEqualTo(Database.count("select count(*)" + scope
                + " and status = 'RESOLVED' and finding in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED')"));
        assertThat(stats.getDouble("medianHoursToAccept")).isGreaterThanOrEqualTo(0.0);
        assertThat(stats.getLong("overdue")).isZero();
        assertThat(stats.getMap("byMonth")).isNotEmpty();

        given().auth().oauth2(Tokens.staff("SUPERVISOR", "s-nc", "360100")).queryParam("division", "620100")
                .get("/api/v1/admin/statistics/complaints").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(handler).queryParam("division", "620100")
                .get("/api/v1/admin/statistics/complaints").then().statusCode(403);
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "s-lz", "620100")).queryParam("division", "6201")
                .get("/api/v1/admin/statistics/complaints").then().statusCode(400);
    }
}
