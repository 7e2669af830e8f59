package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The WeChat server API's code2Session (小程序登录), through {@link WeChatGateway}: exchanges the login code from
 * wx.login for the user's openid and unionid, and maps WeChat's answer to a session or a problem. The request
 * carries the AppSecret, so neither its URL nor its answer is ever logged.
 */
@ApplicationScoped
public class WeChatClient {

    private static final Logger LOG = Logger.getLogger(WeChatClient.class);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final WeChatGateway gateway;
    private final IdentityConfig.WeChat config;

    WeChatClient(WeChatGateway gateway, IdentityConfig config) {
        this.gateway = gateway;
        this.config = config.wechat();
    }

    Uni<WeChatSession> code2Session(String code) {
        if (config.appId().isEmpty() || config.secret().isEmpty()) {
            LOG.error("WeChat sign-in requested but nursery.identity.wechat.app-id/secret are not configured");
            return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_CONFIGURED, Text.of(
                    "本服务尚未配置微信登录（没有微信 AppID 和密钥）；请改用手机号登录。", "WeChat sign-in is not "
                    + "configured on this service (no WeChat app id and secret); sign in with a mobile number instead.")));
        }
        return gateway.code2Session(config.appId().get(), config.secret().get(), code)
                .onFailure().transform(failure -> {
                    // Never the failure's message: a timeout's names the URL, which holds the AppSecret.
                    if (failure instanceof GatewayCalls.UnexpectedStatus answer) {
                        LOG.warnf("WeChat code2Session answered HTTP %d", answer.status());
                    } else {
                        LOG.warnf("WeChat code2Session unreachable (%s)", failure.getClass().getSimpleName());
                    }
                    return unavailable();
                })
                .chain(answer -> {
                    JsonObject body = GatewayCalls.jsonObject(answer);
                    if (body == null) {
                        LOG.warn("WeChat code2Session answered something other than a JSON object");
                        return Uni.createFrom().failure(unavailable());
                    }
                    return toSession(body);
                });
    }

    private static Uni<WeChatSession> toSession(JsonObject body) {
        int errcode = body.getValue("errcode") instanceof Number number ? number.intValue() : 0;
        return switch (errcode) {
            case 0 -> {
                String openid = body.getValue("openid") instanceof String s && !s.isBlank() ? s : null;
                if (openid == null) {
                    LOG.warn("WeChat code2Session answered without an openid");
                    yield Uni.createFrom().failure(unavailable());
                }
                String unionid = body.getValue("unionid") instanceof String s && !s.isBlank() ? s : null;
                yield Uni.createFrom().item(new WeChatSession(openid, unionid));
            }
            case 40029, 40163 -> Uni.createFrom().failure(new ProblemException(ProblemType.UNAUTHORIZED, Text.of(
                    "微信登录凭证无效、已过期或已使用；请重新调用 wx.login 获取。",
                    "The WeChat login code is invalid, expired or already used; call wx.login again for a new one.")));
            case 45011 -> Uni.createFrom().failure(ProblemException.retryAfter(ProblemType.TOO_MANY_REQUESTS,
                    Text.of("微信正在限制该用户登录；请一分钟后再试。", "WeChat is limiting sign-ins for this user; try again in a minute."),
                    Duration.ofMinutes(1)));
            case 40226 -> Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN, Text.of(
                    "微信已将该用户标记为高风险用户；拒绝登录。", "WeChat has flagged this user as high-risk (高风险用户); sign-in is refused.")));
            default -> {
                // -1 (system busy) and configuration errors (40013 invalid appid, 40125 invalid secret...)
                LOG.warnf("WeChat code2Session failed with errcode %d", errcode);
                yield Uni.createFrom().failure(unavailable());
            }
        };
    }

    private static ProblemException unavailable() {
        return ProblemException.retryAfter(ProblemType.UNAVAILABLE,
                Text.of("微信登录暂时不可用；请稍后再试。", "WeChat sign-in is temporarily unavailable; try again shortly."), RETRY);
    }
}
