package com.tuoyu.directory.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The configured map provider's place suggestions with fault tolerance: the one way the service calls it. A place
 * lookup is a read, so a refused connection or a 5xx is tried again once; a provider that is down or slow opens the
 * circuit breaker and further calls fail at once instead of holding the parent for the timeout. An error the
 * provider reports inside its answer (a wrong key, a used-up daily quota) fails the call too: the parent gets
 * "unavailable", never a made-up place.
 */
@ApplicationScoped
@Retry(maxRetries = 1, delay = 100, retryOn = {ConnectException.class, PlaceGateway.ServerError.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
class PlaceGateway {

    /** A place as the provider gave it, in GCJ-02. */
    record Candidate(String name, String address, String divisionCode, double gcjLatitude, double gcjLongitude) {
    }

    /** The provider answered 5xx: worth one more try. */
    static final class ServerError extends RuntimeException {
        ServerError(int status) {
            super("HTTP " + status, null, false, false);
        }
    }

    /** The provider refused the lookup (bad key, quota, bad answer): not worth another try. */
    static final class ProviderError extends RuntimeException {
        ProviderError(String message) {
            super(message, null, false, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final String key;
    private final PlaceApis.Tencent tencent;
    private final PlaceApis.AMap amap;

    PlaceGateway(PlacesConfig config) {
        this.provider = config.provider().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).orElse(null);
        this.key = config.key().filter(k -> !k.isBlank()).orElse(null);
        String defaultUrl = "amap".equals(provider) ? "https://restapi.amap.com" : "https://apis.map.qq.com";
        String baseUrl = config.baseUrl().filter(u -> !u.isBlank()).orElse(defaultUrl);
        this.tencent = "tencent".equals(provider) ? client(PlaceApis.Tencent.class, baseUrl, config) : null;
        this.amap = "amap".equals(provider) ? client(PlaceApis.AMap.class, baseUrl, config) : null;
    }

    /** The provider in use, or null when none (or an unknown one) is configured with a key. */
    String provider() {
        return key == null ? null : tencent != null ? "tencent" : amap != null ? "amap" : null;
    }

    Uni<List<Candidate>> suggest(String text, String region, int size) {
        if (tencent != null) {
            return judge(tencent.suggestion(text, region, region == null ? 0 : 1, size, key)).map(PlaceGateway::tencent);
        }
        return judge(amap.inputTips(text, region, region != null, key)).map(body -> amap(body, size));
    }

    @PreDestroy
    void close() {
        for (Object client : new Object[]{tencent, amap}) {
            if (client instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException e) {
                    // Shutting down: the connections go with the process.
                }
            }
        }
    }

    private static Uni<JsonNode> judge(Uni<RestResponse<String>> call) {
        return call.map(response -> {
            if (response.getStatus() >= 500) {
                throw new ServerError(response.getStatus());
            }
            if (response.getStatus() != 200 || response.getEntity() == null) {
                throw new ProviderError("HTTP " + response.getStatus());
            }
            try {
                return JSON.readTree(response.getEntity());
            } catch (IOException e) {
                throw new ProviderError("not JSON");
            }
        });
    }

    /** {"status":0,"data":[{"title","address","adcode","location":{"lat","lng"}}]}. */
    static List<Candidate> tencent(JsonNode body) {
        if (body.path("status").asInt(-1) != 0) {
            throw new ProviderError("Tencent status " + body.path("status").asText() + ": " + body.path("message").asText());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode place : body.path("data")) {
            JsonNode location = place.path("location");
            if (location.path("lat").isNumber() && location.path("lng").isNumber()) {
                candidates.add(new Candidate(place.path("title").asText(), place.path("address").asText(null),
                        adcode(place.path("adcode").asText(null)), location.path("lat").asDouble(),
                        location.path("lng").asDouble()));
            }
        }
        return candidates;
    }

    /** {"status":"1","tips":[{"name","district","address","adcode","location":"lng,lat"}]}; a tip may have no point. */
    static List<Candidate> amap(JsonNode body, int size) {
        if (!"1".equals(body.path("status").asText())) {
            throw new ProviderError("AMap info " + body.path("info").asText() + " (" + body.path("infocode").asText() + ")");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode tip : body.path("tips")) {
            String[] point = tip.path("location").isTextual() ? tip.path("location").asText().split(",") : new String[0];
            if (point.length != 2 || candidates.size() >= size) {
                continue;
            }
            try {
                String address = tip.path("address").isTextual() ? tip.path("address").asText() : null;
                String district = tip.path("district").isTextual() ? tip.path("district").asText() : "";
                candidates.add(new Candidate(tip.path("name").asText(),
                        address == null || address.isEmpty() ? district : district + address,
                        adcode(tip.path("adcode").isTextual() ? tip.path("adcode").asText() : null),
                        Double.parseDouble(point[1]), Double.parseDouble(point[0])));
            } catch (NumberFormatException e) {
                // A tip with a malformed point is no candidate.
            }
        }
        return candidates;
    }

    private static String adcode(String code) {
        return code != null && code.matches("[0-9]{6}") ? code : null;
    }

    private static <T> T client(Class<T> api, String baseUrl, PlacesConfig config) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .userAgent("nursery-directory")
                .disableDefaultMapper(true)
                .build(api);
    }
}
