package com.tuoyu.directory.alert;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Set;

/** The service with a clock the test moves ({@link MovingClock}) and an SMS gateway stub ({@link SmsGatewayStub}). */
public class AlertClockProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovingClock.Producer.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmsGatewayStub.class));
    }
}
