package com.tuoyu.directory.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the SMS sender from {@code nursery.identity.sms.sender}: {@code log} or {@code gateway}. */
@ApplicationScoped
class SmsSenders {

    @Produces
    @Singleton
    SmsSender sender(IdentityConfig config, SmsGateway gateway) {
        return switch (config.sms().sender()) {
            case "log" -> new LoggingSmsSender(config.sms().logCodes());
            case "gateway" -> new GatewaySmsSender(gateway, config.sms().gateway());
            default -> throw new IllegalStateException("nursery.identity.sms.sender must be 'log' or 'gateway'");
        };
    }
}
