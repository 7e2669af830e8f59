package com.tuoyu.directory.privacy;

import com.tuoyu.directory.alert.MovingClock;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** The service with a clock the retention test moves by years ({@link MovingClock}); its own restart, its own clock. */
public class PrivacyClockProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovingClock.Producer.class);
    }
}
