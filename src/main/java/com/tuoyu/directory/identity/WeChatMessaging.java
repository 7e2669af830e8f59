package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Subscribe messages (订阅消息) to a parent in the mini-program, sent as the mini-program (its AppID and AppSecret,
 * {@code nursery.identity.wechat.*}). Identity owns this because it owns the parent's WeChat link (openid) and the
 * credentials; callers never see the openid.
 *
 * <p>The access token comes from {@code cgi-bin/stable_token}, which gives every replica the same token while it
 * is valid; it is cached until five minutes before it expires and fetched again (force_refresh) when WeChat says it
 * is invalid or expired (40001, 42001, 40014). Neither the token, the AppSecret, the openid nor the message's data
 * are ever logged: only WeChat's error codes.
 */
@ApplicationScoped
public class WeChatMessaging {

    private static final Logger LOG = Logger.getLogger(WeChatMessaging.class);
    private static final Duration EARLY_REFRESH = Duration.ofMinutes(5);

    /** What became of a message. Failures that are worth retrying fail the Uni instead. */
    public enum Outcome {
        SENT,
        /** The parent has no WeChat link (signed in by SMS only) or no account: nothing is sent. */
        NO_WECHAT,
        /** 43101: the parent has not (or no longer) subscribed to this template. Final. */
        REFUSED,
        /** 40003: WeChat does not know the openid (for example the mini-program was re-registered). Final. */
        INVALID_RECIPIENT
    }

    /** One subscribe message: the template, the mini-program page it opens and the template's data fields. */
    public record Message(String templateId, String page, String miniprogramState, Map<String, String> data) {
    }

    /** A failure worth retrying later (network, HTTP error, WeChat busy or misconfigured). */
    public static class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Token(String value, Instant refreshAt) {
    }

    private final AccountRepository accounts;
    private final IdentityConfig.WeChat config;
    private final Clock clock;
    private final WebClient http;
    private volatile Token token;

    public WeChatMessaging(AccountRepository accounts, IdentityConfig config, Clock clock, Vertx vertx) {
        this.accounts = accounts;
        this.config = config.wechat();
        this.clock = clock;
        this.http = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setUserAgent("nursery-directory"));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Sends a subscribe message to the parent with this account id, if they have a WeChat link. */
    public Uni<Outcome> sendSubscribeMessage(String parentAccountId, Message message) {
        UUID id;
        try {
            id = UUID.fromString(parentAccountId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().item(Outcome.NO_WECHAT);
        }
        return Panache.withSession(() -> accounts.findById(id)).chain(account -> {
            if (account == null || account.kind != AccountKind.PARENT || account.wechatOpenid == null || !account.enabled) {
                return Uni.createFrom().item(Outcome.NO_WECHAT);
            }
            if (config.appId().isEmpty() || config.secret().isEmpty()) {
                LOG.error("WeChat subscribe message requested but nursery.identity.wechat.app-id/secret are not configured");
                return Uni.createFrom().failure(new Unavailable("WeChat credentials not configured"));
            }
            JsonObject body = body(account.wechatOpenid, message);
            return accessToken(false).chain(current -> send(current, body).chain(errcode -> switch (errcode) {
                case 40001, 42001, 40014 -> accessToken(true).chain(fresh -> send(fresh, body))
                        .map(again -> outcome(again, true));
                default -> Uni.createFrom().item(outcome(errcode, false));
            }));
        });
    }

    private static JsonObject body(String openid, Message message) {
        JsonObject data = new JsonObject();
        message.data().forEach((key, value) -> data.put(key, new JsonObject().put("value", value)));
        JsonObject body = new JsonObject().put("touser", openid).put("template_id", message.templateId())
                .put("miniprogram_state", message.miniprogramState()).put("lang", "zh_CN").put("data", data);
        if (message.page() != null) {
            body.put("page", message.page());
        }
        return body;
    }

    private static Outcome outcome(int errcode, boolean afterRefresh) {
        return switch (errcode) {
            case 0 -> Outcome.SENT;
            case 43101 -> {
                LOG.info("WeChat subscribe message refused (43101): the parent has not subscribed; not retried");
                yield Outcome.REFUSED;
            }
            case 40003 -> {
                LOG.warn("WeChat subscribe message: unknown openid (40003); not retried");
                yield Outcome.INVALID_RECIPIENT;
            }
            default -> {
                // -1 busy, 45009 daily limit, 40037 unknown template, 47003 bad data, 41030 bad page...
                LOG.warnf("WeChat subscribe message failed with errcode %d%s; will retry", errcode,
                        afterRefresh ? " after a token refresh" : "");
                throw new Unavailable("WeChat errcode " + errcode);
            }
        };
    }

    /** POSTs the message; answers WeChat's errcode (0 for success). */
    private Uni<Integer> send(String accessToken, JsonObject body) {
        return http.postAbs(config.baseUrl() + "/cgi-bin/message/subscribe/send")
                .addQueryParam("access_token", accessToken)
                .timeout(config.timeout().toMillis())
                .sendJsonObject(body)
                .onFailure().transform(failure -> unreachable("subscribe/send", failure))
                .map(response -> errcode(json(response, "subscribe/send")));
    }

    /** The cached access token, or a new one from stable_token ({@code force}: WeChat said the cached one is bad). */
    Uni<String> accessToken(boolean force) {
        Token cached = token;
        if (!force && cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return Uni.createFrom().item(cached.value());
        }
        JsonObject request = new JsonObject().put("grant_type", "client_credential").put("appid", config.appId().get())
                .put("secret", config.secret().get()).put("force_refresh", force);
        return http.postAbs(config.baseUrl() + "/cgi-bin/stable_token")
                .timeout(config.timeout().toMillis())
                .sendJsonObject(request)
                .onFailure().transform(failure -> unreachable("stable_token", failure))
                .map(response -> {
                    JsonObject answer = json(response, "stable_token");
                    String value = answer.getValue("access_token") instanceof String s && !s.isBlank() ? s : null;
                    if (value == null) {
                        LOG.warnf("WeChat stable_token failed with errcode %d", errcode(answer));
                        throw new Unavailable("WeChat stable_token errcode " + errcode(answer));
                    }
                    long expiresIn = answer.getValue("expires_in") instanceof Number n ? n.longValue() : 7200;
                    Duration lifetime = Duration.ofSeconds(expiresIn);
                    Duration keep = lifetime.compareTo(EARLY_REFRESH.multipliedBy(2)) > 0 ? lifetime.minus(EARLY_REFRESH) : lifetime.dividedBy(2);
                    token = new Token(value, clock.instant().plus(keep));
                    return value;
                });
    }

    private static JsonObject json(HttpResponse<Buffer> response, String call) {
        if (response.statusCode() != 200) {
            LOG.warnf("WeChat %s answered HTTP %d; will retry", call, response.statusCode());
            throw new Unavailable("WeChat " + call + " HTTP " + response.statusCode());
        }
        try {
            JsonObject body = response.bodyAsJsonObject();
            if (body != null) {
                return body;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        LOG.warnf("WeChat %s answered something other than a JSON object; will retry", call);
        throw new Unavailable("WeChat " + call + " answered no JSON");
    }

    private static int errcode(JsonObject body) {
        return body.getValue("errcode") instanceof Number number ? number.intValue() : 0;
    }

    private static Unavailable unreachable(String call, Throwable failure) {
        if (failure instanceof Unavailable unavailable) {
            return unavailable;
        }
        LOG.warnf("WeChat %s unreachable (%s); will retry", call, failure.getClass().getSimpleName());
        return new Unavailable("WeChat " + call + " unreachable");
    }
}
