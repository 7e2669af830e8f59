package com.tuoyu.directory.demo;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The local run's demo complaints show a handler's working day: every state, overdue, urgent, photos, answers. */
@QuarkusTest
class DemoComplaintsTest {

    @Inject
    DemoComplaints demo;

    @Test
    void aDemoCountyHasComplaintsInEveryStateSomeOverdueUrgentWithPhotosAndAnswers() throws Throwable {
        // A Chengde county with listed nurseries that no other test files complaints in.
        String county = (String) Database.rows("select n.division_code from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code like '1308%' and n.division_code not in ('130802', '130803') "
                + "group by n.division_code order by count(*) desc limit 1").get(0).get("division_code");
        int filed = VertxContextSupport.subscribeAndAwait(() -> demo.load(List.of(county)));
        assertThat(filed).isEqualTo(10);

        String handler = Tokens.staff("HANDLER", "h-demo", county);
        JsonPath counts = given().auth().oauth2(handler).queryParam("division", county).get("/api/v1/admin/complaints/counts")
                .then().statusCode(200).extract().jsonPath();
        for (String status : List.of("SUBMITTED", "ACCEPTED", "INFO_REQUESTED", "ESCALATED", "RESOLVED", "REJECTED")) {
            assertThat(counts.getLong("byStatus." + status)).as(status).isPositive();
        }
        assertThat(counts.getLong("overdue")).isGreaterThanOrEqualTo(2);
        assertThat(counts.getLong("urgent")).isGreaterThanOrEqualTo(2);
        assertThat(counts.getLong("newInformation")).isEqualTo(1);
        assertThat(Database.count("select count(*) from complaint_photo p join complaint c on c.id = p.complaint_id "
                + "where c.division_code = ?", county)).isGreaterThanOrEqualTo(3);

        JsonPath queue = given().auth().oauth2(handler).queryParam("division", county).queryParam("overdue", "true")
                .get("/api/v1/admin/complaints").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("items.deadline.label", String.class)).allMatch(label -> label.startsWith("已超期"));
    }
}
