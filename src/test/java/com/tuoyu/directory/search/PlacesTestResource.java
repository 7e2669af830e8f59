package com.tuoyu.directory.search;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A WireMock server standing in for Tencent Location Service, for the tests of the place search only. */
public class PlacesTestResource implements QuarkusTestResourceLifecycleManager {

    static final String KEY = "TEST-KEY-OF-TENCENT-LBS";
    private static WireMockServer tencent;

    @Override
    public synchronized Map<String, String> start() {
        if (tencent == null) {
            tencent = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
            tencent.start();
            Runtime.getRuntime().addShutdownHook(new Thread(tencent::stop, "stop-tencent-stub"));
        }
        return Map.of("nursery.places.provider", "tencent", "nursery.places.key", KEY,
                "nursery.places.base-url", "http://127.0.0.1:" + tencent.port(), "nursery.places.timeout", "PT1S");
    }

    @Override
    public void stop() {
        // Lives as long as the test JVM: the application may restart between test classes.
    }

    static WireMockServer tencent() {
        return tencent;
    }
}
