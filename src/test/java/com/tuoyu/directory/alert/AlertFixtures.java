package com.tuoyu.directory.alert;

import com.tuoyu.directory.support.Notice;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the vacancy alert tests share: nurseries of their own (at a random point far from every other test's, so no
 * other test's change reaches these alerts), parents signed in with WeChat (stubbed) or by phone only, the officer's
 * capacity revision, and what the stubbed WeChat API and SMS gateway received.
 */
final class AlertFixtures {

    static final String COUNTY = "360102";
    static final String TEMPLATE = "tmpl-vacancy";
    static final String SEND = "/cgi-bin/message/subscribe/send";
    static final String PATH = "/api/v1/me/vacancy-alerts";

    private AlertFixtures() {
    }

    static WireMock wechat() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("nursery.identity.wechat.base-url", String.class));
        WireMock wechat = new WireMock(base.getHost(), base.getPort());
        wechat.register(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(json("{\"access_token\":\"token-alerts\",\"expires_in\":7200}")));
        return wechat;
    }

    static WireMock sms() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("nursery.identity.sms.gateway.url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    record Nursery(UUID id, String name, double lat, double lng) {
    }

    /**
     * A filed full-day nursery whose toddler class (12-24 months) and preschool class (24-36) are full, as of the
     * service's today.
     */
    static Nursery fullNursery(NurseryService nurseries, DisclosureService disclosures, LocalDate today) {
        return fullNursery(nurseries, disclosures, today, EnumSet.of(CareType.FULL_DAY));
    }

    /** As {@link #fullNursery(NurseryService, DisclosureService, LocalDate)}, offering these care types. */
    static Nursery fullNursery(NurseryService nurseries, DisclosureService disclosures, LocalDate today, Set<CareType> careTypes) {
        UUID id = UUID.randomUUID();
        String name = "空位提醒测试托育园" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        double lat = 28.0 + ThreadLocalRandom.current().nextDouble(0.5);
        double lng = 116.5 + ThreadLocalRandom.current().nextDouble(0.5);
        NurseryImport nursery = new NurseryImport(id, name, "测试托育服务有限公司", null, RegistrationType.ENTERPRISE,
                OperatingModel.PRIVATE, false, COUNTY, "测试路9号", lat, lng, LocalTime.of(7, 30), LocalTime.of(17, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "0791-86000000", EnumSet.copyOf(careTypes), false, true,
                90, true, today.minusDays(20), new NurseryImport.FilingImport(FilingStatus.FILED,
                "ALERT-" + id.toString().substring(0, 8), "县卫生健康委员会", today.minusDays(80), today.minusDays(70),
                today.minusDays(70), null));
        DisclosureImport disclosure = new DisclosureImport(List.of(
                new DisclosureImport.CapacityRow(AgeGroup.TODDLER, 15, 15, 3, today.minusDays(5)),
                new DisclosureImport.CapacityRow(AgeGroup.PRESCHOOL, 20, 20, 3, today.minusDays(5))),
                new DisclosureImport.StaffingRow(1, 1, new java.math.BigDecimal("0.800"), new java.math.BigDecimal("1.000"),
                        today.minusDays(20)),
                List.of(), List.of(), TestNurseries.basicPermits(), List.of(), List.of(), List.of(), List.of(), List.of());
        try {
            VertxContextSupport.subscribeAndAwait(() -> nurseries.importNursery(nursery));
            VertxContextSupport.subscribeAndAwait(() -> disclosures.importDisclosure(id, disclosure));
        } catch (Throwable e) {
            throw new IllegalStateException("Could not create a test nursery", e);
        }
        return new Nursery(id, name, lat, lng);
    }

    /** The officer's capacity revision: the toddler class with this many enrolled of 15, the preschool class full. */
    static void toddlersEnrolled(Nursery nursery, int enrolled) {
        Map<String, Object> body = Map.of("source", "INSPECTION_VISIT", "groups", List.of(
                Map.of("ageGroup", "TODDLER", "slots", 15, "enrolled", enrolled, "classes", 1),
                Map.of("ageGroup", "PRESCHOOL", "slots", 20, "enrolled", 20, "classes", 1)));
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-alerts", COUNTY)).contentType("application/json")
                .body(body).put("/api/v1/admin/nurseries/{id}/disclosure/capacity", nursery.id())
                .then().statusCode(200);
        awaitAlertsDecidedAndSent();
    }

    /**
     * The nursery's own vacancy report (role NURSERY): free toddler places per care type, the preschool class full.
     * Its date is the service's today (the report's default).
     */
    static void nurseryReports(Nursery nursery, int fullDayPlaces, int halfDayPlaces) {
        Map<String, Object> body = Map.of("lines", List.of(
                Map.of("ageGroup", "TODDLER", "careType", "FULL_DAY", "places", fullDayPlaces),
                Map.of("ageGroup", "TODDLER", "careType", "HALF_DAY", "places", halfDayPlaces),
                Map.of("ageGroup", "PRESCHOOL", "careType", "FULL_DAY", "places", 0)));
        given().auth().oauth2(Tokens.nursery("nursery-staff-" + nursery.id(), nursery.id())).contentType("application/json")
                .body(body).post("/api/v1/admin/nurseries/{id}/vacancy-reports", nursery.id())
                .then().statusCode(201);
        awaitAlertsDecidedAndSent();
    }

    /** Until neither an announcement nor an alert message is left in the outbox (both are committed before the answer). */
    static void awaitAlertsDecidedAndSent() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> Database.count(
                "select count(*) from outbox_event where topic in ('vacancies.changed', 'vacancy-alerts.due')") == 0);
    }

    /** A parent signed in with WeChat (code2Session stubbed): their account has this openid. Answers the token. */
    static String weChatParent(WireMock wechat, String openid) {
        String code = "code-" + UUID.randomUUID();
        wechat.register(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo(code))
                .willReturn(json("{\"openid\":\"" + openid + "\",\"session_key\":\"k-" + UUID.randomUUID() + "\"}")));
        wechat.register(sendTo(openid).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String account = given().contentType("application/json").body(Map.of("code", code, "noticeVersion", Notice.CURRENT)).post("/api/v1/auth/wechat")
                .then().statusCode(200).extract().path("accountId");
        return Tokens.parent(account);
    }

    /** A parent who signed in by SMS only: an account with a phone and no WeChat link. Answers the token. */
    static String smsParent(String phone) {
        UUID id = UUID.randomUUID();
        Database.rows("insert into account (id, kind, roles, divisions, phone_sealed, phone_index, enabled, created_at, updated_at) "
                + "values (?::uuid, 'PARENT', 'PARENT', '', ?, ?, true, now(), now()) returning id", id.toString(),
                PersonalData.seal(phone), PersonalData.index(phone));
        return Tokens.parent(id.toString());
    }

    static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static void save(String parent, Nursery nursery) {
        given().auth().oauth2(parent).put("/api/v1/me/saved-nurseries/{id}", nursery.id()).then().statusCode(201);
    }

    static Response subscribe(String parent, Map<String, Object> body) {
        return given().auth().oauth2(parent).contentType("application/json").body(body).post(PATH);
    }

    static String subscribed(String parent, Map<String, Object> body) {
        return subscribe(parent, body).then().statusCode(201).extract().path("id");
    }

    static List<LoggedRequest> sentTo(WireMock wechat, String openid) {
        return wechat.find(postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.touser", equalTo(openid))));
    }

    static List<LoggedRequest> textsTo(WireMock sms, String phone) {
        return sms.find(postRequestedFor(urlPathEqualTo(SmsGatewayStub.PATH))
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone))));
    }

    static List<String> outcomes(String alertId) {
        return Database.rows("select outcome from vacancy_alert_delivery where alert_id = ?::uuid order by id", alertId)
                .stream().map(row -> row.get("outcome").toString()).toList();
    }

    static MappingBuilder sendTo(String openid) {
        return post(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.touser", equalTo(openid)));
    }

    /** WeChat answers JSON as text/plain. */
    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
    }

    static void assertNoMessage(WireMock wechat, String openid) {
        assertThat(sentTo(wechat, openid)).isEmpty();
    }
}
