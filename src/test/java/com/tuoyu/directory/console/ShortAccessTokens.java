package com.tuoyu.directory.console;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Access tokens that expire while a handler works (10 s, with no clock-skew allowance, whose default of 60 s would keep
 * an expired token valid for another minute), so a browser test sees the console renew its session mid-work.
 */
public class ShortAccessTokens implements QuarkusTestProfile {

    static final int LIFETIME_SECONDS = 10;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("nursery.identity.access-token-lifespan", "PT" + LIFETIME_SECONDS + "S",
                "mp.jwt.verify.clock.skew", "0",
                // The older name of the same allowance, still read by SmallRye JWT.
                "smallrye.jwt.expiration.grace", "0");
    }
}
