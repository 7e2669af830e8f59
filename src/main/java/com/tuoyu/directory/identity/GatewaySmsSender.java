package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Production: posts the code to an HTTP SMS gateway (the provider's adapter or an in-house relay) as
 * {@code {"phone", "signName", "templateId", "params": {"code", "minutes"}}} with a bearer API key. Any answer but
 * 2xx counts as not sent.
 */
class GatewaySmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(GatewaySmsSender.class);

    private final WebClient http;
    private final IdentityConfig.Gateway config;

    GatewaySmsSender(Vertx vertx, IdentityConfig.Gateway config) {
        this.config = config;
        this.http = WebClient.create(vertx, new WebClientOptions().setConnectTimeout((int) config.timeout().toMillis()));
    }

    @Override
    public Uni<Void> send(String phone, String code, Duration validFor) {
        if (config.url().isEmpty() || config.apiKey().isEmpty() || config.templateId().isEmpty()) {
            LOG.error("SMS sign-in requested but nursery.identity.sms.gateway.url/api-key/template-id are not configured");
            return Uni.createFrom().failure(unavailable());
        }
        JsonObject body = new JsonObject()
                .put("phone", phone)
                .put("signName", config.signName())
                .put("templateId", config.templateId().get())
                .put("params", new JsonObject().put("code", code).put("minutes", validFor.toMinutes()));
        return http.postAbs(config.url().get())
                .bearerTokenAuthentication(config.apiKey().get())
                .timeout(config.timeout().toMillis())
                .sendJsonObject(body)
                .onFailure().transform(failure -> {
                    LOG.warnf("SMS gateway unreachable (%s) for %s", failure.getClass().getSimpleName(), PhoneNumbers.mask(phone));
                    return unavailable();
                })
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        LOG.warnf("SMS gateway answered HTTP %d for %s", response.statusCode(), PhoneNumbers.mask(phone));
                        throw unavailable();
                    }
                    return null;
                });
    }

    private static ProblemException unavailable() {
        return ProblemException.retryAfter(ProblemType.UNAVAILABLE,
                "The SMS service is temporarily unavailable; try again shortly.", Duration.ofSeconds(30));
    }
}
