package com.tuoyu.directory.alert;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.tuoyu.directory.alert.AlertFixtures.PATH;
import static com.tuoyu.directory.alert.AlertFixtures.TEMPLATE;
import static com.tuoyu.directory.alert.AlertFixtures.nurseryReports;
import static com.tuoyu.directory.alert.AlertFixtures.outcomes;
import static com.tuoyu.directory.alert.AlertFixtures.save;
import static com.tuoyu.directory.alert.AlertFixtures.sentTo;
import static com.tuoyu.directory.alert.AlertFixtures.subscribed;
import static com.tuoyu.directory.alert.AlertFixtures.textsTo;
import static com.tuoyu.directory.alert.AlertFixtures.toddlersEnrolled;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue #18 point 3 end to end, through the HTTP API, the outbox and stubbed WeChat and SMS gateway servers: a place
 * for 12-18 months opens → one message to the subscribed parent of a 14-month-old (WeChat, or SMS for a parent
 * without WeChat), none to a parent of a 30-month-old, none the second time that day, none after unsubscribing,
 * none after the subscription ended by itself, and nothing personal in any message. The service's clock is one the
 * test moves ({@link MovingClock}).
 */
@QuarkusTest
@TestProfile(AlertClockProfile.class)
class VacancyAlertTest {

    private static WireMock wechat;
    private static WireMock sms;

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    @Inject
    Clock clock;

    @Inject
    VacancyChanges changes;

    @Inject
    Vertx vertx;

    @BeforeAll
    static void stubs() {
        wechat = AlertFixtures.wechat();
        sms = AlertFixtures.sms();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void advance(Duration by) {
        ((MovingClock) clock).advance(by);
    }

    private static Map<String, Object> forNursery(AlertFixtures.Nursery nursery, int ageMonths, boolean consent) {
        Map<String, Object> body = new HashMap<>(Map.of("nurseryId", nursery.id().toString(), "childAgeMonths", ageMonths,
                "careType", "FULL_DAY"));
        if (consent) {
            body.put("wechatTemplateId", TEMPLATE);
        }
        return body;
    }

    @Test
    void aFreePlaceForTwelveToEighteenMonthsReachesTheParentOfAFourteenMonthOldOnceADayUntilTheyUnsubscribe() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String openidOf14 = "o-" + UUID.randomUUID();
        String openidOf30 = "o-" + UUID.randomUUID();
        String phone = AlertFixtures.randomPhone();
        String parentOf14 = AlertFixtures.weChatParent(wechat, openidOf14);
        String parentOf30 = AlertFixtures.weChatParent(wechat, openidOf30);
        String smsParent = AlertFixtures.smsParent(phone);
        save(parentOf14, nursery);
        save(parentOf30, nursery);
        save(smsParent, nursery);

        String birthMonth = YearMonth.from(today()).minusMonths(14).toString();
        String alertOf14 = given().auth().oauth2(parentOf14).contentType("application/json").body(forNursery(nursery, 14, true))
                .post(PATH).then().statusCode(201)
                .body("kind", equalTo("NURSERY")).body("nurseryId", equalTo(nursery.id().toString()))
                .body("nurseryName", equalTo(nursery.name())).body("childBirthMonth", equalTo(birthMonth))
                .body("childAgeMonths", equalTo(14)).body("careType.code", equalTo("FULL_DAY"))
                .body("careType.label", equalTo("全日托")).body("status", equalTo("ACTIVE"))
                .body("wechatConsents", equalTo(1))
                .extract().path("id");
        JsonPath made = given().auth().oauth2(parentOf14).get(PATH).then().statusCode(200)
                .body("wechatTemplateId", equalTo(TEMPLATE)).body("count", equalTo(1)).body("limit", equalTo(20))
                .extract().jsonPath();
        assertThat(Duration.between(instant(made.getString("items[0].createdAt")), instant(made.getString("items[0].expiresAt"))))
                .isEqualTo(Duration.ofDays(90));
        // A second wx.requestSubscribeMessage accepted: two messages may now be sent.
        given().auth().oauth2(parentOf14).contentType("application/json").body(Map.of("templateId", TEMPLATE))
                .post(PATH + "/{id}/wechat-consents", alertOf14).then().statusCode(200).body("wechatConsents", equalTo(2));
        String alertOf30 = subscribed(parentOf30, forNursery(nursery, 30, true));
        String smsAlert = subscribed(smsParent, Map.of("nurseryId", nursery.id().toString(), "childBirthMonth", birthMonth,
                "careType", "FULL_DAY"));

        // The officer records one free toddler place (12-24 months: the class a 12-18-month-old joins).
        toddlersEnrolled(nursery, 14);

        List<LoggedRequest> sent = sentTo(wechat, openidOf14);
        assertThat(sent).hasSize(1);
        JsonPath message = JsonPath.from(sent.get(0).getBodyAsString());
        assertThat(message.getString("template_id")).isEqualTo(TEMPLATE);
        assertThat(message.getString("page")).isEqualTo("pages/nursery/detail?id=" + nursery.id());
        assertThat(message.getMap("data")).containsOnlyKeys("thing1", "phrase2");
        assertThat(message.getString("data.thing1.value")).isEqualTo(nursery.name());
        assertThat(message.getString("data.phrase2.value")).isEqualTo("有空位");
        assertThat(sentTo(wechat, openidOf30)).isEmpty();
        List<LoggedRequest> texts = textsTo(sms, phone);
        assertThat(texts).hasSize(1);
        JsonPath text = JsonPath.from(texts.get(0).getBodyAsString());
        assertThat(text.getString("templateId")).isEqualTo("SMS_VACANCY_1");
        assertThat(text.getMap("params")).containsExactlyInAnyOrderEntriesOf(Map.of("nursery", nursery.name(),
                "path", "/nurseries/" + nursery.id()));
        assertThat(texts.get(0).getHeader("Authorization")).isEqualTo("Bearer " + SmsGatewayStub.API_KEY);
        // Nothing about the child or the parent: no birth month, no age, no account.
        for (String body : List.of(sent.get(0).getBodyAsString(), texts.get(0).getBodyAsString())) {
            assertThat(body).doesNotContain(birthMonth).doesNotContain("14个月").doesNotContain("FULL_DAY")
                    .doesNotContain(alertOf14).doesNotContain(smsAlert);
        }
        assertThat(outcomes(alertOf14)).containsExactly("SENT");
        assertThat(outcomes(alertOf30)).isEmpty();
        given().auth().oauth2(parentOf14).get(PATH).then().statusCode(200)
                .body("items[0].wechatConsents", equalTo(1)).body("items[0].lastNotifiedAt", notNullValue());

        // The same day the place is taken and another opens: the subscriptions have had their message today.
        toddlersEnrolled(nursery, 15);
        toddlersEnrolled(nursery, 13);
        assertThat(sentTo(wechat, openidOf14)).hasSize(1);
        assertThat(textsTo(sms, phone)).hasSize(1);
        assertThat(outcomes(alertOf14)).containsExactly("SENT", "DAILY_LIMIT");
        assertThat(outcomes(smsAlert)).containsExactly("SENT", "DAILY_LIMIT");

        // The parent of the 14-month-old unsubscribes; the next day a place opens again.
        given().auth().oauth2(parentOf14).delete(PATH + "/{id}", alertOf14).then().statusCode(204);
        given().auth().oauth2(parentOf14).get(PATH).then().statusCode(200).body("count", equalTo(0));
        advance(Duration.ofDays(1));
        toddlersEnrolled(nursery, 15);
        toddlersEnrolled(nursery, 14);
        assertThat(sentTo(wechat, openidOf14)).hasSize(1);
        assertThat(outcomes(alertOf14)).containsExactly("SENT", "DAILY_LIMIT");
        // ...while the parent still subscribed hears of it: a new day, a new message.
        assertThat(textsTo(sms, phone)).hasSize(2);
        assertThat(sentTo(wechat, openidOf30)).isEmpty();
    }

    @Test
    void anAreaAlertHearsOfNurseriesWithinItsCircleOfferingItsCareType() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String near = "o-" + UUID.randomUUID();
        String far = "o-" + UUID.randomUUID();
        String otherCare = "o-" + UUID.randomUUID();
        // About 900 m north of the nursery; the far circle's centre about 5.5 km away.
        String nearAlert = subscribed(AlertFixtures.weChatParent(wechat, near), area(nursery.lat() + 0.008, nursery.lng(), "wgs84", "FULL_DAY"));
        String farAlert = subscribed(AlertFixtures.weChatParent(wechat, far), area(nursery.lat() + 0.05, nursery.lng(), "wgs84", "FULL_DAY"));
        String otherCareAlert = subscribed(AlertFixtures.weChatParent(wechat, otherCare),
                area(nursery.lat(), nursery.lng(), "gcj02", "HALF_DAY"));

        toddlersEnrolled(nursery, 12);

        assertThat(sentTo(wechat, near)).hasSize(1);
        assertThat(sentTo(wechat, far)).isEmpty();
        assertThat(sentTo(wechat, otherCare)).isEmpty();
        assertThat(outcomes(nearAlert)).containsExactly("SENT");
        assertThat(outcomes(farAlert)).isEmpty();
        assertThat(outcomes(otherCareAlert)).isEmpty();
    }

    @Test
    void placesANurseryReportsItselfReachOnlyParentsAskingForTheirCareType() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today(),
                EnumSet.of(CareType.FULL_DAY, CareType.HALF_DAY));
        String fullDay = "o-" + UUID.randomUUID();
        String halfDay = "o-" + UUID.randomUUID();
        String fullDayParent = AlertFixtures.weChatParent(wechat, fullDay);
        String halfDayParent = AlertFixtures.weChatParent(wechat, halfDay);
        save(fullDayParent, nursery);
        save(halfDayParent, nursery);
        String fullDayAlert = subscribed(fullDayParent, forNursery(nursery, 14, true));
        Map<String, Object> halfDayRequest = new HashMap<>(forNursery(nursery, 14, true));
        halfDayRequest.put("careType", "HALF_DAY");
        String halfDayAlert = subscribed(halfDayParent, halfDayRequest);
        // Enough WeChat consents for every message this test expects (each message spends one).
        for (String[] own : List.of(new String[]{fullDayParent, fullDayAlert}, new String[]{halfDayParent, halfDayAlert})) {
            for (int i = 0; i < 2; i++) {
                given().auth().oauth2(own[0]).contentType("application/json").body(Map.of("templateId", TEMPLATE))
                        .post(PATH + "/{id}/wechat-consents", own[1]).then().statusCode(200);
            }
        }

        // The nursery reports one half-day toddler place: the half-day parent hears of it, the full-day one does not.
        nurseryReports(nursery, 0, 1);
        assertThat(outcomes(halfDayAlert)).containsExactly("SENT");
        assertThat(outcomes(fullDayAlert)).isEmpty();
        assertThat(sentTo(wechat, fullDay)).isEmpty();

        // The next day a full-day place opens too; the half-day place was open already and tells no one again.
        advance(Duration.ofDays(1));
        nurseryReports(nursery, 1, 1);
        assertThat(outcomes(fullDayAlert)).containsExactly("SENT");
        assertThat(outcomes(halfDayAlert)).containsExactly("SENT");

        // An officer's figures carry no care type: a place they record concerns every care type the nursery offers.
        advance(Duration.ofDays(1));
        toddlersEnrolled(nursery, 15);
        toddlersEnrolled(nursery, 14);
        assertThat(outcomes(fullDayAlert)).containsExactly("SENT", "SENT");
        assertThat(outcomes(halfDayAlert)).containsExactly("SENT", "SENT");
        assertThat(sentTo(wechat, halfDay)).hasSize(2);
    }

    @Test
    void removingASavedNurseryEndsTheParentsAlertsOnIt() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String openid = "o-" + UUID.randomUUID();
        String parent = AlertFixtures.weChatParent(wechat, openid);
        save(parent, nursery);
        subscribed(parent, forNursery(nursery, 14, true));

        given().auth().oauth2(parent).delete("/api/v1/me/saved-nurseries/{id}", nursery.id()).then().statusCode(204);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(parent).get(PATH).then().statusCode(200).body("count", equalTo(0)));

        toddlersEnrolled(nursery, 14);
        assertThat(sentTo(wechat, openid)).isEmpty();
    }

    @Test
    void alertsEndByThemselvesAfterNinetyDaysUnlessRenewed() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String left = "o-" + UUID.randomUUID();
        String renewed = "o-" + UUID.randomUUID();
        String leftParent = AlertFixtures.weChatParent(wechat, left);
        String renewingParent = AlertFixtures.weChatParent(wechat, renewed);
        save(leftParent, nursery);
        save(renewingParent, nursery);
        String leftAlert = subscribed(leftParent, forNursery(nursery, 13, true));
        String renewedAlert = subscribed(renewingParent, forNursery(nursery, 13, true));
        String expiresAt = given().auth().oauth2(leftParent).get(PATH).then().extract().path("items[0].expiresAt");
        YearMonth subscribedIn = YearMonth.from(today());

        advance(Duration.ofDays(60));
        String renewedUntil = given().auth().oauth2(renewingParent).post(PATH + "/{id}/renewal", renewedAlert)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).extract().path("expiresAt");
        assertThat(instant(renewedUntil))
                .isBetween(clock.instant().plus(Duration.ofDays(90)).minusSeconds(60), clock.instant().plus(Duration.ofDays(90)));
        advance(Duration.ofDays(31));

        given().auth().oauth2(leftParent).get(PATH).then().statusCode(200)
                .body("items[0].status", equalTo("EXPIRED")).body("items[0].expiresAt", equalTo(expiresAt))
                .body("items[0].childAgeMonths", equalTo(13 + (int) subscribedIn.until(YearMonth.from(today()), ChronoUnit.MONTHS)));
        given().auth().oauth2(renewingParent).get(PATH).then().statusCode(200)
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].expiresAt", equalTo(renewedUntil));

        toddlersEnrolled(nursery, 14);
        assertThat(sentTo(wechat, renewed)).hasSize(1);
        assertThat(sentTo(wechat, left)).isEmpty();
        assertThat(outcomes(leftAlert)).isEmpty();
        assertThat(outcomes(renewedAlert)).containsExactly("SENT");
    }

    @Test
    void aWeChatParentWhoseConsentsAreSpentIsNotSentAMessage() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String openid = "o-" + UUID.randomUUID();
        String parent = AlertFixtures.weChatParent(wechat, openid);
        save(parent, nursery);
        String alert = subscribed(parent, forNursery(nursery, 14, false));

        toddlersEnrolled(nursery, 14);

        assertThat(sentTo(wechat, openid)).isEmpty();
        assertThat(outcomes(alert)).containsExactly("NO_CONSENT");
        given().auth().oauth2(parent).get(PATH).then().body("items[0].wechatConsents", equalTo(0));
    }

    @Test
    void aRepeatedAnnouncementTellsNoOneAgain() throws Exception {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String openid = "o-" + UUID.randomUUID();
        String parent = AlertFixtures.weChatParent(wechat, openid);
        save(parent, nursery);
        String alert = subscribed(parent, forNursery(nursery, 14, true));
        toddlersEnrolled(nursery, 14);
        assertThat(outcomes(alert)).containsExactly("SENT");

        // As if the worker had delivered the announcement, then died before deleting it: it comes round again.
        OutboxMessage again = new OutboxMessage(9_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "vacancies.changed", nursery.id().toString(), null, 0);
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(ignored -> Panache.withTransaction(() -> changes.deliver(List.of(again)))
                .subscribe().with(done::complete, done::completeExceptionally));
        done.get(60, TimeUnit.SECONDS);
        AlertFixtures.awaitAlertsDecidedAndSent();

        // No second decision at all (not even one stopped by the daily limit), and one message.
        assertThat(outcomes(alert)).containsExactly("SENT");
        assertThat(sentTo(wechat, openid)).hasSize(1);
    }

    @Test
    void requestsTheServiceCannotTakeAreProblemsNamingTheField() {
        AlertFixtures.Nursery nursery = AlertFixtures.fullNursery(nurseries, disclosures, today());
        String parent = AlertFixtures.weChatParent(wechat, "o-" + UUID.randomUUID());
        // Not on the parent's saved list.
        AlertFixtures.subscribe(parent, forNursery(nursery, 14, false)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("nurseryId"));
        save(parent, nursery);
        Map<String, Object> both = new HashMap<>(forNursery(nursery, 14, false));
        both.put("area", Map.of("lat", nursery.lat(), "lng", nursery.lng(), "radius", 1000));
        AlertFixtures.subscribe(parent, both).then().statusCode(400).body("errors[0].field", equalTo("nurseryId"));
        AlertFixtures.subscribe(parent, Map.of("nurseryId", nursery.id().toString(), "careType", "FULL_DAY"))
                .then().statusCode(400).body("errors[0].field", equalTo("childBirthMonth"));
        AlertFixtures.subscribe(parent, forNursery(nursery, 40, false)).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("childAgeMonths"));
        AlertFixtures.subscribe(parent, Map.of("nurseryId", nursery.id().toString(), "childBirthMonth", "2025-13",
                "careType", "FULL_DAY")).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("childBirthMonth"));
        AlertFixtures.subscribe(parent, Map.of("nurseryId", nursery.id().toString(), "childBirthMonth",
                YearMonth.from(today()).plusMonths(2).toString(), "careType", "FULL_DAY")).then().statusCode(400);
        given().auth().oauth2(parent).header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("area", Map.of("lat", nursery.lat(), "lng", nursery.lng(), "radius", 20_000), "childAgeMonths", 14,
                        "careType", "FULL_DAY")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("area.radius"))
                .body("errors[0].message", equalTo("must be between 100 and 10000 metres"));
        Map<String, Object> wrongTemplate = new HashMap<>(forNursery(nursery, 14, false));
        wrongTemplate.put("wechatTemplateId", "tmpl-accepted");
        AlertFixtures.subscribe(parent, wrongTemplate).then().statusCode(422).body("errors[0].field", equalTo("templateId"));

        // Another parent's alert is unknown to this one, and theirs to delete only.
        String alert = subscribed(parent, forNursery(nursery, 14, false));
        String other = AlertFixtures.smsParent(AlertFixtures.randomPhone());
        given().auth().oauth2(other).post(PATH + "/{id}/renewal", alert).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other).contentType("application/json").body(Map.of("templateId", TEMPLATE))
                .post(PATH + "/{id}/wechat-consents", alert).then().statusCode(404);
        given().auth().oauth2(other).delete(PATH + "/{id}", alert).then().statusCode(204);
        given().auth().oauth2(parent).get(PATH).then().body("items.id", equalTo(List.of(alert)));
        given().auth().oauth2(parent).post(PATH + "/{id}/renewal", "not-a-uuid").then().statusCode(400);
        given().get(PATH).then().statusCode(401);
    }

    private static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Map<String, Object> area(double lat, double lng, String coord, String careType) {
        return Map.of("area", Map.of("lat", lat, "lng", lng, "radius", 2000, "coord", coord), "childAgeMonths", 14,
                "careType", careType, "wechatTemplateId", TEMPLATE);
    }
}
