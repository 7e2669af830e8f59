package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading a year's arrangement says which days it changes (first as a dry run that stores nothing), and an open
 * complaint whose deadline was provisional for that year gets it moved past the new holiday. 2039 (a made-up
 * arrangement), so no other test's calendar changes.
 */
@QuarkusTest
class HolidayArrangementChangesTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Map<String, Object> NEW_YEAR_2039 = Map.of("source", "测试用安排（非官方）",
            "holidays", List.of(Map.of("name", "元旦", "from", "2039-01-01", "to", "2039-01-03")),
            "makeUpWorkingDays", List.of());

    @Test
    void aLoadListsTheChangedDaysAndMovesAProvisionalDeadlinePastTheHoliday() throws SQLException {
        String complaintId = complaintReceivedOn2038December29();
        String supervisor = Tokens.staff("SUPERVISOR", "s-changes-" + UUID.randomUUID(), "130000", "140000");

        JsonPath preview = given().auth().oauth2(supervisor).contentType("application/json").queryParam("dryRun", "true")
                .body(NEW_YEAR_2039).put("/api/v1/admin/calendar/arrangements/2039").then().statusCode(200)
                .extract().jsonPath();
        assertThat(preview.getString("origin")).isEqualTo("NONE");
        assertThat(preview.getList("changes.date")).containsExactly("2039-01-01", "2039-01-02", "2039-01-03");
        assertThat(preview.getList("changes.before.code")).containsExactly("WEEKEND", "WEEKEND", "WORKING_DAY");
        assertThat(preview.getList("changes.after.label")).containsOnly("节假日");
        assertThat(preview.getList("changes.holiday")).containsOnly("元旦");
        given().auth().oauth2(supervisor).get("/api/v1/admin/calendar/arrangements/2039").then().statusCode(200)
                .body("origin", org.hamcrest.Matchers.equalTo("NONE"));
        assertThat(Database.count("select count(*) from audit_entry where subject_type = 'holiday_arrangement' and subject_id = '2039'")).isZero();
        assertThat(dueAt(complaintId)).isEqualTo(OffsetDateTime.of(2039, 1, 6, 0, 0, 0, 0, CHINA));

        JsonPath loaded = given().auth().oauth2(supervisor).contentType("application/json").body(NEW_YEAR_2039)
                .put("/api/v1/admin/calendar/arrangements/2039").then().statusCode(200).extract().jsonPath();
        assertThat(loaded.getString("origin")).isEqualTo("LOADED");
        assertThat(loaded.getList("changes.date")).containsExactly("2039-01-01", "2039-01-02", "2039-01-03");
        // Received Wed 29 Dec 2038: five working days were Thu 30, Fri 31, Mon 3, Tue 4, Wed 5; Mon 3 is now a holiday.
        assertThat(dueAt(complaintId)).isEqualTo(OffsetDateTime.of(2039, 1, 7, 0, 0, 0, 0, CHINA));
        given().auth().oauth2(Tokens.staff("HANDLER", "h-changes", county(complaintId))).get("/api/v1/admin/complaints/{id}", complaintId)
                .then().statusCode(200).body("deadline.dueAt", org.hamcrest.Matchers.startsWith("2039-01-07T00:00"));

        // The same arrangement again changes nothing.
        given().auth().oauth2(supervisor).contentType("application/json").body(NEW_YEAR_2039)
                .put("/api/v1/admin/calendar/arrangements/2039").then().statusCode(200)
                .body("changes", org.hamcrest.Matchers.empty());
        given().auth().oauth2(supervisor).get("/api/v1/admin/calendar/arrangements/2039").then().statusCode(200)
                .body("changes", org.hamcrest.Matchers.nullValue());
    }

    /** A complaint as if received on Wednesday 29 December 2038, before 2039's arrangement was published. */
    private static String complaintReceivedOn2038December29() throws SQLException {
        Map<String, Object> nursery = Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code in ('130821', '130881', '140921', '140981') "
                + "order by n.division_code desc, n.id limit 1").get(0);
        String id = given().auth().oauth2(Tokens.parent("parent-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery.get("id").toString(), "category", "OTHER", "description",
                        "接送时间安排混乱，多次无人交接。", "incidentDate", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        execute("update complaint set submitted_at = '2038-12-29T10:00:00+08', accept_due_at = '2039-01-06T00:00:00+08', "
                + "due_at = '2039-01-06T00:00:00+08', resolve_due_at = '2039-01-20T00:00:00+08', deadlines_provisional = true "
                + "where id = '" + id + "'");
        return id;
    }

    private static OffsetDateTime dueAt(String complaintId) {
        Number epoch = (Number) Database.rows("select extract(epoch from due_at) as due from complaint where id = cast(? as uuid)",
                complaintId).get(0).get("due");
        return java.time.Instant.ofEpochSecond(epoch.longValue()).atOffset(CHINA);
    }

    private static String county(String complaintId) {
        return (String) Database.rows("select division_code from complaint where id = cast(? as uuid)", complaintId).get(0)
                .get("division_code");
    }

    private static void execute(String sql) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
