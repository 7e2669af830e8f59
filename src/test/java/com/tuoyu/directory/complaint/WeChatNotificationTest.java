package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Notice;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
 * The WeChat subscribe-message notifier (the test profile's notifier, as in production) against a real HTTP server
 * on loopback standing in for the WeChat API: status changes reach the parent's WeChat through the outbox, with the
 * template and fields configured for the kind of change, exactly once, whatever WeChat answers.
 */
@QuarkusTest
class WeChatNotificationTest {

    private static final String SEND = "/cgi-bin/message/subscribe/send";
    private static final String TOKEN = "/cgi-bin/stable_token";
    private static WireMock wechat;

    @Inject
    ComplaintNotifications notifications;

    @Inject
    Vertx vertx;

    @BeforeAll
    static void stubAccessTokens() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("nursery.identity.wechat.base-url", String.class));
        wechat = new WireMock(base.getHost(), base.getPort());
        wechat.register(post(urlPathEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.force_refresh", equalTo("false")))
                .willReturn(json("{\"access_token\":\"token-cached\",\"expires_in\":7200}")));
        wechat.register(post(urlPathEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true")))
                .willReturn(json("{\"access_token\":\"token-fresh\",\"expires_in\":7200}")));
    }

    @Test
    void anAcceptedComplaintReachesTheParentsWeChatOnceWithTheTemplateAndNothingPersonal() {
        String openid = "o-" + UUID.randomUUID();
        wechat.register(sendTo(openid).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Filed filed = fileAndAccept(openid);

        assertThat(awaitOutcome(filed.id())).isEqualTo("SENT");
        List<LoggedRequest> sent = sentTo(openid);
        assertThat(sent).hasSize(1);
        JsonPath body = JsonPath.from(sent.get(0).getBodyAsString());
        assertThat(body.getString("template_id")).isEqualTo("tmpl-accepted");
        assertThat(body.getString("page")).isEqualTo("pages/complaint/detail?id=" + filed.id());
        assertThat(body.getString("data.character_string1.value")).isEqualTo(filed.trackingNumber());
        assertThat(body.getString("data.phrase2.value")).isEqualTo("已受理");
        assertThat(body.getString("data.time3.value")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(body.getString("data.thing4.value")).hasSizeLessThanOrEqualTo(20);
        assertThat(sent.get(0).getBodyAsString()).doesNotContain("13987654321").doesNotContain("午睡");
        assertThat(sent.get(0).queryParameter("access_token").firstValue()).startsWith("token-");
        // Nothing more arrives later.
        sleep(Duration.ofSeconds(2));
        assertThat(sentTo(openid)).hasSize(1);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheMessageSentWithTheNewOne() {
        String openid = "o-" + UUID.randomUUID();
        String scenario = "token-" + openid;
        wechat.register(sendTo(openid).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}"))
                .willSetStateTo("refreshed"));
        wechat.register(sendTo(openid).inScenario(scenario).whenScenarioStateIs("refreshed")
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        int forcedBefore = wechat.find(postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true")))).size();

        Filed filed = fileAndAccept(openid);

        assertThat(awaitOutcome(filed.id())).isEqualTo("SENT");
        List<LoggedRequest> sent = sentTo(openid);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).queryParameter("access_token").firstValue()).isEqualTo("token-fresh");
        assertThat(wechat.find(postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true"))))).hasSize(forcedBefore + 1);
    }

    @Test
    void aParentWhoRefusedTheSubscriptionIsNotAskedAgainAndTheLogHasNoOpenid() throws Exception {
        String openid = "o-" + UUID.randomUUID();
        wechat.register(sendTo(openid).willReturn(json("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));
        Filed filed = fileAndAccept(openid);

        assertThat(awaitOutcome(filed.id())).isEqualTo("REFUSED");
        sleep(Duration.ofSeconds(3));
        assertThat(sentTo(openid)).hasSize(1);
        assertThat(Database.count("select count(*) from outbox_event where aggregate_id = ?", filed.id())).isZero();
        assertThat(Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8)).doesNotContain(openid);
    }

    @Test
    void aFailingWeChatIsRetriedByTheOutboxAndTheMessageDeliveredExactlyOnce() {
        String openid = "o-" + UUID.randomUUID();
        String scenario = "busy-" + openid;
        wechat.register(sendTo(openid).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        wechat.register(sendTo(openid).inScenario(scenario).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("third"));
        wechat.register(sendTo(openid).inScenario(scenario).whenScenarioStateIs("third")
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Filed filed = fileAndAccept(openid);

        assertThat(awaitOutcome(filed.id())).isEqualTo("SENT");
        sleep(Duration.ofSeconds(3));
        assertThat(sentTo(openid)).hasSize(3);
        assertThat(Database.count("select count(*) from complaint_notification where complaint_id = cast(? as uuid)", filed.id()))
                .isEqualTo(1);
    }

    @Test
    void anEventHandedOverAgainAfterACrashIsNotSentTwice() throws Exception {
        String openid = "o-" + UUID.randomUUID();
        wechat.register(sendTo(openid).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String parent = signIn(openid);
        // As if the worker delivered the event, then died before deleting it: the same event comes round again.
        long eventId = 8_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String complaintId = UUID.randomUUID().toString();
        String payload = "{\"parentId\":\"" + parent + "\",\"trackingNumber\":\"TS20261123-999999\",\"status\":\"RESOLVED\","
                + "\"action\":\"RESOLVE\",\"occurredAt\":\"2026-11-23T02:00:00Z\"}";
        OutboxMessage message = new OutboxMessage(eventId, ComplaintService.STATUS_TOPIC, complaintId, payload, 0);
        deliver(List.of(message));
        deliver(List.of(message));

        List<LoggedRequest> sent = sentTo(openid);
        assertThat(sent).hasSize(1);
        JsonPath body = JsonPath.from(sent.get(0).getBodyAsString());
        assertThat(body.getString("template_id")).isEqualTo("tmpl-resolved");
        assertThat(body.getString("data.phrase2.value")).isEqualTo("已办结");
        assertThat(Database.rows("select outcome from complaint_notification where outbox_event_id = ?", eventId).get(0))
                .containsEntry("outcome", "SENT");
    }

    @Test
    void aParentSignedInBySmsOnlyGetsNoWeChatMessage() {
        String parent = UUID.randomUUID().toString();
        String id = file(Tokens.parent(parent));
        accept(id);
        assertThat(awaitOutcome(id)).isEqualTo("NO_WECHAT");
    }

    private record Filed(String id, String trackingNumber) {
    }

    private Filed fileAndAccept(String openid) {
        String parent = signIn(openid);
        String id = file(Tokens.parent(parent));
        accept(id);
        String tracking = Database.rows("select tracking_number from complaint where id = cast(? as uuid)", id).get(0)
                .get("tracking_number").toString();
        return new Filed(id, tracking);
    }

    /** A parent signed in with WeChat (code2Session stubbed), so their account has this openid. */
    private static String signIn(String openid) {
        String code = "code-" + UUID.randomUUID();
        wechat.register(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo(code))
                .willReturn(json("{\"openid\":\"" + openid + "\",\"session_key\":\"k-" + UUID.randomUUID() + "\"}")));
        return given().contentType("application/json").body(Map.of("code", code, "noticeVersion", Notice.CURRENT)).post("/api/v1/auth/wechat")
                .then().statusCode(200).extract().path("accountId");
    }

    private static String file(String parentToken) {
        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360103' order by n.id desc limit 1").get(0).get("id").toString();
        return given().auth().oauth2(parentToken).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "OTHER", "description", "午睡时无人看护，孩子从床上摔下。",
                        "incidentDate", LocalDate.now().minusDays(1).toString(), "contactPhone", "13987654321"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static void accept(String id) {
        String handler = Tokens.staff("HANDLER", "h-wechat", "360103");
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(Map.of("action", "ACCEPT", "version", version));
        given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
    }

    /** The recorded outcome of the complaint's (single) notification, once it is final. */
    private static String awaitOutcome(String complaintId) {
        String[] outcome = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var rows = Database.rows("select outcome from complaint_notification where complaint_id = cast(? as uuid) "
                    + "and outcome <> 'SENDING'", complaintId);
            if (rows.isEmpty() || Database.count("select count(*) from outbox_event where aggregate_id = ?", complaintId) > 0) {
                return false;
            }
            outcome[0] = rows.get(0).get("outcome").toString();
            return true;
        });
        return outcome[0];
    }

    private static List<LoggedRequest> sentTo(String openid) {
        return wechat.find(postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.touser", equalTo(openid))));
    }

    private static MappingBuilder sendTo(String openid) {
        return post(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.touser", equalTo(openid)));
    }

    /** WeChat answers JSON as text/plain. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
    }

    /** Runs the outbox handler on a Vert.x context, as the outbox worker does. */
    private void deliver(List<OutboxMessage> messages) throws Exception {
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(ignored -> notifications.deliver(messages).subscribe().with(done::complete, done::completeExceptionally));
        done.get(60, TimeUnit.SECONDS);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
