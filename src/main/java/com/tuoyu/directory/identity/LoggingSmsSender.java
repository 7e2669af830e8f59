package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Development and test: logs that a code was sent, with the phone masked. The code itself is logged only when
 * {@code nursery.identity.sms.log-codes} is true, which only the dev profile sets (and prod refuses at start).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class);

    private final boolean logCodes;

    @Override
    public Uni<Void> send(String phone, String code, Duration validFor) {
        if (logCodes) {
            LOG.infof("SMS sign-in code for %s: %s (dev only, valid %d min)", PhoneNumbers.mask(phone), code, validFor.toMinutes());
        } else {
            LOG.infof("SMS sign-in code sent to %s (not delivered: log sender)", PhoneNumbers.mask(phone));
        }
        return Uni.createFrom().voidItem();
    }
}
