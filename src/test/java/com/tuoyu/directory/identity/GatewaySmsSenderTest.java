package com.tuoyu.directory.identity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.tuoyu.directory.platform.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production SMS adapter against a real HTTP server standing in for the gateway. A Quarkus test because the
 * adapter's REST client is built by the running application (without fault tolerance here: built directly).
 */
@QuarkusTest
class GatewaySmsSenderTest {

    private static WireMockServer gateway;

    @BeforeAll
    static void start() {
        gateway = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        gateway.start();
    }

    @AfterAll
    static void stop() {
        gateway.stop();
    }

    private static GatewaySmsSender sender(IdentityConfig.Gateway config) {
        return new GatewaySmsSender(new SmsGateway(config), config);
    }

    private static IdentityConfig.Gateway config(Optional<String> url) {
        return new IdentityConfig.Gateway() {
            public Optional<String> url() { return url; }
            public Optional<String> apiKey() { return Optional.of("gateway-key"); }
            public String signName() { return "托育服务"; }
            public Optional<String> templateId() { return Optional.of("SMS_LOGIN_1"); }
            public Duration timeout() { return Duration.ofSeconds(10); }
        };
    }

    @Test
    void theCodeIsPostedWithTemplateSignatureAndKey() {
        gateway.stubFor(post(urlEqualTo("/send")).willReturn(aResponse().withStatus(200)));
        sender(config(Optional.of(gateway.baseUrl() + "/send")))
                .send("13812341234", "042917", Duration.ofMinutes(5)).await().indefinitely();
        gateway.verify(postRequestedFor(urlEqualTo("/send"))
                .withHeader("Authorization", equalTo("Bearer gateway-key"))
                .withRequestBody(equalToJson("{\"phone\":\"13812341234\",\"signName\":\"托育服务\",\"templateId\":\"SMS_LOGIN_1\","
                        + "\"params\":{\"code\":\"042917\",\"minutes\":5}}")));
    }

    @Test
    void aFailingOrMissingGatewayIsServiceUnavailable() {
        gateway.stubFor(post(urlEqualTo("/broken")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> sender(config(Optional.of(gateway.baseUrl() + "/broken")))
                .send("13812341234", "042917", Duration.ofMinutes(5)).await().indefinitely())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
        assertThatThrownBy(() -> sender(config(Optional.empty()))
                .send("13812341234", "042917", Duration.ofMinutes(5)).await().indefinitely())
                .isInstanceOf(ProblemException.class);
    }
}
