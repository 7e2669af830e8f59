package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 * are ever logged: only WeChat's error codes. The calls go through {@link WeChatGateway} (fault tolerance).
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
    private final WeChatGateway gateway;
    private volatile Token token;

    WeChatMessaging(AccountRepository accounts, IdentityConfig config, Clock clock, WeChatGateway gateway) {
        this.accounts = accounts;
        this.config = config.wechat();
        this.clock = clock;
        this.gateway = gateway;
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
            if (account == null || account.kind != AccountKind.PARENT || account.wechatOpenid == null || !account.enabled
                    || account.notificationsWithdrawnAt != null) {
                return Uni.createFrom().item(Outcome.NO_WECHAT);
            }
            if (config.appId().isEmpty() || config.secret().isEmpty()) {
                LOG.error("WeChat subscribe message requested but nursery.identity.wechat.app-id/secret are not configured");
                return Uni.createFrom().failure(new Unavailable("WeChat credentials not configured"));
            }
            WeChatApi.SubscribeMessage body = body(account.wechatOpenid, message);
            return accessToken(false).chain(current -> send(current, body).chain(errcode -> switch (errcode) {
                case 40001, 42001, 40014 -> accessToken(true).chain(fresh -> send(fresh, body))
                        .chain(again -> outcome(again, true));
                default -> outcome(errcode, false);
            }));
        });
    }

    private static WeChatApi.SubscribeMessage body(String openid, Message message) {
        Map<String, WeChatApi.Field> data = new LinkedHashMap<>();
        message.data().forEach((key, value) -> data.put(key, new WeChatApi.Field(value)));
        return new WeChatApi.SubscribeMessage(openid, message.templateId(), message.miniprogramState(), "zh_CN", data,
                message.page());
    }

    private static Uni<Outcome> outcome(int errcode, boolean afterRefresh) {
        return switch (errcode) {
            case 0 -> Uni.createFrom().item(Outcome.SENT);
            case 43101 -> {
                LOG.info("WeChat subscribe message refused (43101): the parent has not subscribed; not retried");
                yield Uni.createFrom().item(Outcome.REFUSED);
            }
            case 40003 -> {
                LOG.warn("WeChat subscribe message: unknown openid (40003); not retried");
                yield Uni.createFrom().item(Outcome.INVALID_RECIPIENT);
            }
            default -> {
                // -1 busy, 45009 daily limit, 40037 unknown template, 47003 bad data, 41030 bad page...
                LOG.warnf("WeChat subscribe message failed with errcode %d%s; will retry", errcode,
                        afterRefresh ? " after a token refresh" : "");
                yield Uni.createFrom().failure(new Unavailable("WeChat errcode " + errcode));
            }
        };
    }

    /** POSTs the message; answers WeChat's errcode (0 for success). */
    private Uni<Integer> send(String accessToken, WeChatApi.SubscribeMessage body) {
        return gateway.sendSubscribeMessage(accessToken, body)
                .onFailure().transform(failure -> unreachable("subscribe/send", failure))
                .chain(answer -> json(answer, "subscribe/send"))
                .map(WeChatMessaging::errcode);
    }

    /** The cached access token, or a new one from stable_token ({@code force}: WeChat said the cached one is bad). */
    Uni<String> accessToken(boolean force) {
        Token cached = token;
        if (!force && cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return Uni.createFrom().item(cached.value());
        }
        WeChatApi.StableTokenRequest request = new WeChatApi.StableTokenRequest("client_credential", config.appId().get(),
                config.secret().get(), force);
        return gateway.stableToken(request)
                .onFailure().transform(failure -> unreachable("stable_token", failure))
                .chain(answer -> json(answer, "stable_token"))
                .chain(answer -> {
                    String value = answer.getValue("access_token") instanceof String s && !s.isBlank() ? s : null;
                    if (value == null) {
                        LOG.warnf("WeChat stable_token failed with errcode %d", errcode(answer));
                        return Uni.createFrom().failure(new Unavailable("WeChat stable_token errcode " + errcode(answer)));
                    }
                    long expiresIn = answer.getValue("expires_in") instanceof Number n ? n.longValue() : 7200;
                    Duration lifetime = Duration.ofSeconds(expiresIn);
                    Duration keep = lifetime.compareTo(EARLY_REFRESH.multipliedBy(2)) > 0 ? lifetime.minus(EARLY_REFRESH) : lifetime.dividedBy(2);
                    token = new Token(value, clock.instant().plus(keep));
                    return Uni.createFrom().item(value);
                });
    }

    private static Uni<JsonObject> json(String answer, String call) {
        JsonObject body = GatewayCalls.jsonObject(answer);
        if (body == null) {
            LOG.warnf("WeChat %s answered something other than a JSON object; will retry", call);
            return Uni.createFrom().failure(new Unavailable("WeChat " + call + " answered no JSON"));
        }
        return Uni.createFrom().item(body);
    }

    private static int errcode(JsonObject body) {
        return body.getValue("errcode") instanceof Number number ? number.intValue() : 0;
    }

    /** Never the failure's message: a timeout's names the URL, which holds the access token. */
    private static Unavailable unreachable(String call, Throwable failure) {
        if (failure instanceof GatewayCalls.UnexpectedStatus answer) {
            LOG.warnf("WeChat %s answered HTTP %d; will retry", call, answer.status());
            return new Unavailable("WeChat " + call + " HTTP " + answer.status());
        }
        LOG.warnf("WeChat %s unreachable (%s); will retry", call, failure.getClass().getSimpleName());
        return new Unavailable("WeChat " + call + " unreachable");
    }
}
