package com.tuoyu.directory.privacy;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The service after a new key was added and made current: dev-1 still opens what it sealed, dev-2 seals. */
public class RotatedKeyProfile implements QuarkusTestProfile {

    static final String NEW_KEY = "ZGV2LW9ubHkta2V5LTAyIQ==";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("nursery.crypto.current-key", "dev-2", "nursery.crypto.keys.dev-2", NEW_KEY);
    }
}
