package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The WeChat server API's code2Session (小程序登录): exchanges the login code from wx.login for the user's openid
 * and unionid. The request carries the AppSecret, so neither its URL nor its answer is ever logged.
 */
@ApplicationScoped
public class WeChatClient {

    private static final Logger LOG = Logger.getLogger(WeChatClient.class);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final WebClient http;
    private final IdentityConfig.WeChat config;

    public WeChatClient(Vertx vertx, IdentityConfig config) {
        this.config = config.wechat();
        this.http = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setUserAgent("nursery-directory"));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    Uni<WeChatSession> code2Session(String code) {
        if (config.appId().isEmpty() || config.secret().isEmpty()) {
            LOG.error("WeChat sign-in requested but nursery.identity.wechat.app-id/secret are not configured");
            return Uni.createFrom().failure(unavailable());
        }
        return http.getAbs(config.baseUrl() + "/sns/jscode2session")
                .addQueryParam("appid", config.appId().get())
                .addQueryParam("secret", config.secret().get())
                .addQueryParam("js_code", code)
                .addQueryParam("grant_type", "authorization_code")
                .timeout(config.timeout().toMillis())
                .send()
                .onFailure().transform(failure -> {
                    LOG.warnf("WeChat code2Session unreachable (%s)", failure.getClass().getSimpleName());
                    return unavailable();
                })
                .map(response -> {
                    if (response.statusCode() != 200) {
                        LOG.warnf("WeChat code2Session answered HTTP %d", response.statusCode());
                        throw unavailable();
                    }
                    JsonObject body;
                    try {
                        body = response.bodyAsJsonObject();
                    } catch (RuntimeException e) {
                        body = null;
                    }
                    if (body == null) {
                        LOG.warn("WeChat code2Session answered something other than a JSON object");
                        throw unavailable();
                    }
                    return toSession(body);
                });
    }

    private static WeChatSession toSession(JsonObject body) {
        int errcode = body.getValue("errcode") instanceof Number number ? number.intValue() : 0;
        switch (errcode) {
            case 0 -> {
                String openid = body.getValue("openid") instanceof String s && !s.isBlank() ? s : null;
                if (openid == null) {
                    LOG.warn("WeChat code2Session answered without an openid");
                    throw unavailable();
                }
                String unionid = body.getValue("unionid") instanceof String s && !s.isBlank() ? s : null;
                return new WeChatSession(openid, unionid);
            }
            case 40029, 40163 -> throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "The WeChat login code is invalid, expired or already used; call wx.login again for a new one.");
            case 45011 -> throw ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS,
                    "WeChat is limiting sign-ins for this user; try again in a minute.", Duration.ofMinutes(1));
            case 40226 -> throw new ProblemException(ProblemType.FORBIDDEN,
                    "WeChat has flagged this user as high-risk (高风险用户); sign-in is refused.");
            default -> {
                // -1 (system busy) and configuration errors (40013 invalid appid, 40125 invalid secret...)
                LOG.warnf("WeChat code2Session failed with errcode %d", errcode);
                throw unavailable();
            }
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.retryAfter(ProblemType.UNAVAILABLE,
                "WeChat sign-in is temporarily unavailable; try again shortly.", RETRY);
    }
}
