package com.tuoyu.directory.identity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * For every test: a WireMock server on a free loopback port standing in for the WeChat API (a real HTTP server;
 * each test stubs its own login codes), and the bootstrap ADMIN's credentials, with a password made up per run.
 */
@WithTestResource(value = IdentityTestResource.class, scope = TestResourceScope.GLOBAL)
public class IdentityTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String APP_ID = "wx-test-app";
    public static final String SECRET = "wechat-test-secret-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    public static final String BOOTSTRAP_USERNAME = "bootstrap-admin";
    public static final String BOOTSTRAP_PASSWORD = "Pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    public static final String DEMO_PASSWORD = "Demo-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    public static final String DEMO_WECHAT_CODE = "demo-parent-test";
    /** The authenticator secrets of the bootstrap ADMIN and of the demo staff accounts, fixed for the run. */
    public static final String BOOTSTRAP_TOTP_SECRET = com.tuoyu.directory.identity.Totp.newSecret();
    public static final String DEMO_TOTP_SECRET = com.tuoyu.directory.identity.Totp.newSecret();

    private static WireMockServer wechat;

    @Override
    public synchronized Map<String, String> start() {
        if (wechat == null) {
            wechat = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
            wechat.start();
            Runtime.getRuntime().addShutdownHook(new Thread(wechat::stop, "stop-wechat-stub"));
        }
        return Map.ofEntries(
                Map.entry("nursery.identity.demo-accounts.totp-secret", DEMO_TOTP_SECRET),
                Map.entry("nursery.admin.bootstrap.totp-secret", BOOTSTRAP_TOTP_SECRET),
                Map.entry("nursery.identity.demo-accounts.password", DEMO_PASSWORD),
                Map.entry("nursery.identity.wechat.demo-code", DEMO_WECHAT_CODE),
                Map.entry("nursery.identity.wechat.base-url", "http://127.0.0.1:" + wechat.port()),
                Map.entry("nursery.identity.wechat.app-id", APP_ID),
                Map.entry("nursery.identity.wechat.secret", SECRET),
                Map.entry("nursery.identity.wechat.timeout", "PT1S"),
                Map.entry("nursery.admin.bootstrap.username", BOOTSTRAP_USERNAME),
                Map.entry("nursery.admin.bootstrap.password", BOOTSTRAP_PASSWORD));
    }

    @Override
    public void stop() {
        // Lives as long as the test JVM, like the database: the application may restart between test classes.
    }

    public static WireMockServer wechat() {
        return wechat;
    }
}
