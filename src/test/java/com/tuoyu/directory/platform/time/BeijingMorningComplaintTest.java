package com.tuoyu.directory.platform.time;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * #17 point 1 through the HTTP API: the service runs in a JVM whose time zone is UTC (set before it starts, as
 * {@code TZ=UTC} would) with its clock at 01:00 Beijing time, and a parent files a complaint about something that
 * happened today in Beijing, which is still tomorrow for UTC. It is accepted; tomorrow in Beijing is refused.
 */
@QuarkusTest
@TestProfile(BeijingMorningComplaintTest.ServerInUtcAtOneAmBeijing.class)
class BeijingMorningComplaintTest {

    private static final TimeZone BEFORE = TimeZone.getDefault();

    public static class ServerInUtcAtOneAmBeijing implements QuarkusTestProfile {

        public ServerInUtcAtOneAmBeijing() {
            // Quarkus builds the profile before starting the service: the whole JVM, service included, is in UTC.
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedBeijingMorningClock.class);
        }
    }

    @AfterAll
    static void restoreTheTimeZone() {
        TimeZone.setDefault(BEFORE);
    }

    private static Map<String, Object> complaint(LocalDate incidentDate) {
        Object nursery = Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' order by n.id desc limit 1").get(0).get("id");
        Map<String, Object> body = new HashMap<>();
        body.put("nurseryId", nursery.toString());
        body.put("category", "HYGIENE_FOOD");
        body.put("description", "早餐的牛奶已经过期，孩子喝了以后肚子疼。");
        body.put("incidentDate", incidentDate.toString());
        return body;
    }

    @Test
    void atOneInTheMorningInBeijingAParentFilesAboutTodayOnAServerInUtc() {
        LocalDate todayInBeijing = FixedBeijingMorningClock.ONE_AM.toLocalDate();
        assertThat(TimeZone.getDefault().getRawOffset()).isZero();
        // The server's own zone still has yesterday: this is the situation that refused parents before.
        assertThat(FixedBeijingMorningClock.ONE_AM.withZoneSameInstant(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(todayInBeijing.minusDays(1));

        String parent = Tokens.parent("p-" + UUID.randomUUID());
        given().auth().oauth2(parent).contentType("application/json").body(complaint(todayInBeijing))
                .post("/api/v1/complaints")
                .then().statusCode(201).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(parent).contentType("application/json").body(complaint(todayInBeijing.plusDays(1)))
                .post("/api/v1/complaints")
                .then().statusCode(400).body("errors[0].field", equalTo("incidentDate"));
    }
}
