package com.tuoyu.directory.console;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Access tokens that expire while a handler works (10 s, with a clock-skew allowance of 1 s instead of the default 60 s that
 * keeps an expired token valid for another minute), so a browser test sees the console renew its session mid-work.
 */
public class ShortAccessTokens implements QuarkusTestProfile {

    static final int LIFETIME_SECONDS = 10;
    /** The console signs out after this long without use: longer than the waits for a token to run out. */
    static final int IDLE_TIMEOUT_SECONDS = 30;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("nursery.identity.access-token-lifespan", "PT" + LIFETIME_SECONDS + "S",
                // 1, not 0: SmallRye JWT applies only a positive skew and would leave 0 to its own handling.
                "mp.jwt.verify.clock.skew", "1",
                "nursery.identity.console-idle-timeout", "PT" + IDLE_TIMEOUT_SECONDS + "S");
    }
}
