package com.tuoyu.directory.identity;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * What the WeChat and SMS gateway clients share: how a client is built from the existing typed configuration (the
 * timeouts are {@link Duration}s, which the {@code quarkus.rest-client.*} keys cannot take), and how an answer's
 * HTTP status is judged.
 */
final class GatewayCalls {

    private GatewayCalls() {
    }

    /** A status the call does not accept, as a failure: it counts against the circuit breaker like a network error. */
    static final class UnexpectedStatus extends RuntimeException {

        private final int status;

        UnexpectedStatus(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * The REST client for {@code api} at {@code baseUrl}; {@code timeout} bounds connecting and each wait for data,
     * as the Vert.x client's connect and request timeouts did before. Every status comes back as a response (the
     * default exception mapper is off) so that {@link #accept} judges it in one place.
     */
    static <T> T client(Class<T> api, String baseUrl, Duration timeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .userAgent("nursery-directory")
                .disableDefaultMapper(true)
                .build(api);
    }

    static void close(Object client) {
        if (client instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Shutting down: the connections go with the process.
            }
        }
    }

    /** The body of an answer whose status is accepted; any other status fails the Uni with {@link UnexpectedStatus}. */
    static Uni<String> accept(Uni<RestResponse<String>> call, IntPredicate accepted) {
        return call.chain(response -> accepted.test(response.getStatus())
                ? Uni.createFrom().item(response.getEntity())
                : Uni.createFrom().failure(new UnexpectedStatus(response.getStatus())));
    }

    /** The body as a JSON object, or null when it is none (a proxy in front of WeChat may answer HTML, or nothing). */
    static JsonObject jsonObject(String body) {
        if (body == null) {
            return null;
        }
        try {
            return Json.decodeValue(body) instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
