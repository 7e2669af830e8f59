package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supervisor loads a year's holiday arrangement through the admin API; complaint deadlines in that year then skip
 * its holidays, count its make-up days and are no longer provisional. Far-future years (2031, 2032) with made-up
 * arrangements, so that no other test's idea of the coming year changes.
 */
@QuarkusTest
class HolidayArrangementDeadlineTest {

    @Inject
    ComplaintService complaints;

    @Inject
    WorkingDayCalendar calendar;

    private static final Map<String, Object> ARRANGEMENT_2031 = Map.of(
            "source", "测试用安排（非官方）",
            "holidays", List.of(Map.of("name", "元旦", "from", "2031-01-01", "to", "2031-01-01"),
                    Map.of("name", "国庆节", "from", "2031-10-01", "to", "2031-10-07")),
            "makeUpWorkingDays", List.of(Map.of("name", "国庆节", "date", "2031-09-28"),
                    Map.of("name", "国庆节", "date", "2031-10-11")));

    @Test
    void aComplaintFiledBeforeALoadedHolidayGetsADeadlineThatSkipsItAndIsNotProvisional() {
        Instant received = ZonedDateTime.of(2031, 9, 26, 10, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant();
        Complaint before = deadlines(received);
        // Not published yet: weekdays only (Mon 29, Tue 30, Wed 1, Thu 2, Fri 3 Oct), and provisional.
        assertThat(before.deadlinesProvisional).isTrue();
        assertThat(before.acceptDueAt).isEqualTo(ZonedDateTime.of(2031, 10, 4, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant());
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "s-2031", "360100")).get("/api/v1/admin/calendar/arrangements/2031")
                .then().statusCode(200).body("known", org.hamcrest.Matchers.equalTo(false)).body("origin", org.hamcrest.Matchers.equalTo("NONE"));

        String supervisor = "s-calendar-" + System.nanoTime();
        given().auth().oauth2(Tokens.staff("SUPERVISOR", supervisor, "360100")).contentType("application/json")
                .body(ARRANGEMENT_2031).put("/api/v1/admin/calendar/arrangements/2031")
                .then().statusCode(200).body("known", org.hamcrest.Matchers.equalTo(true))
                .body("origin", org.hamcrest.Matchers.equalTo("LOADED"))
                .body("holidays.name", org.hamcrest.Matchers.contains("元旦", "国庆节"));

        Complaint after = deadlines(received);
        // Sun 28 Sep (make-up), Mon 29, Tue 30, holiday 1-7 Oct, Wed 8, Thu 9: due at the end of Thursday 9 October.
        assertThat(after.acceptDueAt).isEqualTo(ZonedDateTime.of(2031, 10, 10, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant());
        assertThat(after.deadlinesProvisional).isFalse();
        assertThat(after.resolveDueAt).isAfter(after.acceptDueAt);
        assertThat(Database.count("select count(*) from audit_entry where action = 'HOLIDAY_ARRANGEMENT_LOADED' "
                + "and subject_id = '2031' and actor_id = ?", supervisor)).isEqualTo(1);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/admin/calendar/arrangements/2031")
                .then().statusCode(200).body("origin", org.hamcrest.Matchers.equalTo("LOADED"))
                .body("makeUpWorkingDays.date", org.hamcrest.Matchers.contains("2031-09-28", "2031-10-11"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/admin/calendar/arrangements/2026")
                .then().statusCode(200).body("origin", org.hamcrest.Matchers.equalTo("FILE"));
    }

    @Test
    void anInconsistentArrangementIsA400NamingTheFieldAndChangesNothing() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("source", "x", "holidays", List.of(Map.of("name", "国庆节", "from", "2033-10-01", "to", "2033-10-07")),
                        "makeUpWorkingDays", List.of(Map.of("name", "国庆节", "date", "2033-09-28"))))
                .put("/api/v1/admin/calendar/arrangements/2033")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("makeUpWorkingDays[0].date"));
        assertThat(Database.count("select count(*) from holiday_arrangement where year = 2033")).isZero();
        assertThat(calendar.arrangementKnown(2033)).isFalse();
    }

    @Test
    void anArrangementStoredByAnotherReplicaReachesThisOneWithinTheRefreshInterval() {
        // What another replica's load leaves in PostgreSQL.
        execute("insert into holiday_arrangement (year, source, arrangement, loaded_at, loaded_by) values (2032, 'x', ?, now(), 'other-replica')",
                "{\"year\":2032,\"source\":\"x\",\"holidays\":[{\"name\":\"元旦\",\"from\":\"2032-01-01\",\"to\":\"2032-01-02\"}],"
                        + "\"makeUpWorkingDays\":[]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> calendar.arrangementKnown(2032));
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2032, 1, 2))).isFalse();
    }

    private Complaint deadlines(Instant received) {
        Complaint complaint = new Complaint();
        complaint.category = ComplaintCategory.OTHER;
        complaint.urgent = false;
        complaints.setDeadlines(complaint, received);
        return complaint;
    }

    private static void execute(String sql, String parameter) {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var connection = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
