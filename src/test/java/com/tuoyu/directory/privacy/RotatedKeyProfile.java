package com.tuoyu.directory.privacy;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service after a new key was made current: dev-2 seals, dev-1 still opens what it sealed. (Both keys are listed
 * in every test profile, so the values this test re-seals still open for the test classes that follow.)
 */
public class RotatedKeyProfile implements QuarkusTestProfile {

    static final String NEW_KEY = "ZGV2LW9ubHkta2V5LTAyIQ==";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("nursery.crypto.current-key", "dev-2");
    }
}
