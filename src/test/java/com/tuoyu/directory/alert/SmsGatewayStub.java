package com.tuoyu.directory.alert;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock server on a loopback port standing in for the SMS gateway, configured as sign-in's gateway (sign-in
 * codes still go to the log sender in tests): it takes every message with 200, and the tests read what it got.
 */
public class SmsGatewayStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/sms/send";
    public static final String API_KEY = "sms-test-key";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        return Map.of("nursery.identity.sms.gateway.url", server.baseUrl() + PATH,
                "nursery.identity.sms.gateway.api-key", API_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
