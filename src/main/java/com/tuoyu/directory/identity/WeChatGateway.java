package com.tuoyu.directory.identity;

import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.ConnectException;
import java.time.temporal.ChronoUnit;

/**
 * The WeChat server API with fault tolerance: the one way the service calls WeChat (sign-in, subscribe messages).
 * Each call answers WeChat's body when the status is 200 and fails otherwise. What the body says (WeChat's errcode)
 * is the caller's business, so an invalid login code never counts against the circuit breaker; an unreachable,
 * slow or failing WeChat does, and while the breaker is open calls fail at once instead of waiting for the timeout.
 * Each method has its own breaker.
 *
 * <p>Only a refused connection is tried again: nothing was sent. A login code is good for one exchange, a subscribe
 * message must not arrive twice and stable_token's force_refresh is rationed per day, so a request that may have
 * reached WeChat is never repeated here (the outbox retries subscribe messages with back-off). A connect timeout
 * is not retried either, or the wait would be several times {@code nursery.identity.wechat.timeout}.
 *
 * <p>{@code nursery.identity.wechat.timeout} bounds connecting and each wait for data (the client's own timeouts);
 * {@code @Timeout} is only a backstop for an answer that trickles in, and can be changed with SmallRye Fault
 * Tolerance's configuration if a deployment sets a longer timeout.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ConnectException.class, abortOn = ConnectTimeoutException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
class WeChatGateway {

    private final WeChatApi api;

    WeChatGateway(IdentityConfig config) {
        this.api = GatewayCalls.client(WeChatApi.class, config.wechat().baseUrl(), config.wechat().timeout());
    }

    @PreDestroy
    void close() {
        GatewayCalls.close(api);
    }

    public Uni<String> code2Session(String appId, String secret, String code) {
        return GatewayCalls.accept(api.code2Session(appId, secret, code, "authorization_code"), status -> status == 200);
    }

    public Uni<String> stableToken(WeChatApi.StableTokenRequest request) {
        return GatewayCalls.accept(api.stableToken(request), status -> status == 200);
    }

    public Uni<String> sendSubscribeMessage(String accessToken, WeChatApi.SubscribeMessage message) {
        return GatewayCalls.accept(api.sendSubscribeMessage(accessToken, message), status -> status == 200);
    }
}
