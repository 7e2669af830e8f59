package com.tuoyu.directory.identity;

import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.ConnectException;
import java.time.temporal.ChronoUnit;

/**
 * The SMS gateway with fault tolerance; {@link GatewaySmsSender} builds the message and maps failures to 503. Any
 * answer but 2xx fails the call. Only a refused connection is tried again (nothing was sent): a request that may
 * have reached the gateway is never repeated, or the parent could get the code twice. While the circuit breaker
 * is open, sign-in codes fail at once (503) instead of waiting for the timeout.
 *
 * <p>{@code nursery.identity.sms.gateway.timeout} bounds connecting and each wait for data (the client's own
 * timeouts); {@code @Timeout} is only a backstop for an answer that trickles in.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ConnectException.class, abortOn = ConnectTimeoutException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
class SmsGateway {

    private final IdentityConfig.Gateway config;
    /** Null while no URL is configured (the log sender needs none); {@link GatewaySmsSender} checks first. */
    private final SmsGatewayApi api;

    @Inject
    SmsGateway(IdentityConfig config) {
        this(config.sms().gateway());
    }

    SmsGateway(IdentityConfig.Gateway config) {
        this.config = config;
        this.api = config.url().map(url -> GatewayCalls.client(SmsGatewayApi.class, url, config.timeout())).orElse(null);
    }

    @PreDestroy
    void close() {
        GatewayCalls.close(api);
    }

    public Uni<Void> send(SmsGatewayApi.Request request) {
        if (api == null || config.apiKey().isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("SMS gateway url or api-key not configured"));
        }
        return GatewayCalls.accept(api.send("Bearer " + config.apiKey().get(), request), status -> status / 100 == 2)
                .replaceWithVoid();
    }

    public Uni<Void> sendMessage(SmsGatewayApi.Message message) {
        if (api == null || config.apiKey().isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("SMS gateway url or api-key not configured"));
        }
        return GatewayCalls.accept(api.sendMessage("Bearer " + config.apiKey().get(), message), status -> status / 100 == 2)
                .replaceWithVoid();
    }
}
