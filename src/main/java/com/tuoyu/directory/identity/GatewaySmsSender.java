package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Production: posts the code to an HTTP SMS gateway (the provider's adapter or an in-house relay) as
 * {@code {"phone", "signName", "templateId", "params": {"code", "minutes"}}} with a bearer API key, through
 * {@link SmsGateway}. Any answer but 2xx counts as not sent.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GatewaySmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(GatewaySmsSender.class);

    private final SmsGateway gateway;
    private final IdentityConfig.Gateway config;

    @Override
    public Uni<Void> send(String phone, String code, Duration validFor) {
        if (config.url().isEmpty() || config.apiKey().isEmpty() || config.templateId().isEmpty()) {
            LOG.error("SMS sign-in requested but nursery.identity.sms.gateway.url/api-key/template-id are not configured");
            return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_CONFIGURED, Text.of(
                    "本服务尚未配置短信登录（没有短信网关）；请改用微信登录。",
                    "Sign-in by text message is not configured on this service (no SMS gateway); sign in with WeChat instead.")));
        }
        SmsGatewayApi.Request request = new SmsGatewayApi.Request(phone, config.signName(), config.templateId().get(),
                new SmsGatewayApi.Params(code, validFor.toMinutes()));
        return gateway.send(request).onFailure().transform(failure -> {
            // Only the masked phone: never the number, the code or the failure's message.
            if (failure instanceof GatewayCalls.UnexpectedStatus answer) {
                LOG.warnf("SMS gateway answered HTTP %d for %s", answer.status(), PhoneNumbers.mask(phone));
            } else {
                LOG.warnf("SMS gateway unreachable (%s) for %s", failure.getClass().getSimpleName(), PhoneNumbers.mask(phone));
            }
            return unavailable();
        });
    }

    private static ProblemException unavailable() {
        return ProblemException.retryAfter(ProblemType.UNAVAILABLE,
                Text.of("短信服务暂时不可用；请稍后再试。", "The SMS service is temporarily unavailable; try again shortly."),
                Duration.ofSeconds(30));
    }
}
