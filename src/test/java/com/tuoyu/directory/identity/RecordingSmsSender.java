package com.tuoyu.directory.identity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' SMS sender: does what the log sender does (the masked log line) and keeps the last code per phone, so
 * tests read codes from here and never from the log. Only in test sources, so it never reaches the artifact.
 */
@Alternative
@Priority(1)
@Singleton
public class RecordingSmsSender implements SmsSender {

    private static final Map<String, String> LAST_CODES = new ConcurrentHashMap<>();
    private static volatile boolean failing;

    private final LoggingSmsSender log = new LoggingSmsSender(false);

    @Override
    public Uni<Void> send(String phone, String code, Duration validFor) {
        if (failing) {
            return Uni.createFrom().failure(com.tuoyu.directory.platform.problem.ProblemException.retryAfter(
                    com.tuoyu.directory.platform.problem.ProblemType.UNAVAILABLE, com.tuoyu.directory.platform.text.Text.of("短信服务暂时不可用；请稍后再试。",
                            "The SMS service is temporarily unavailable; try again shortly."),
                    Duration.ofSeconds(30)));
        }
        LAST_CODES.put(phone, code);
        return log.send(phone, code, validFor);
    }

    public static String lastCode(String phone) {
        return LAST_CODES.get(phone);
    }

    /** Makes every send fail until set back, as a provider outage would. */
    static void failing(boolean fail) {
        failing = fail;
    }
}
