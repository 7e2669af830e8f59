package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

/**
 * How a parent can be reached, and text messages (SMS) to them from a template, for other features (vacancy alerts).
 * Identity owns the parent's phone and WeChat link, so callers address a parent by account id and never see either.
 * WeChat subscribe messages go through {@link WeChatMessaging}.
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ParentChannels {

    private static final Logger LOG = Logger.getLogger(ParentChannels.class);

    /** The channel a parent is reached by: the mini-program when they have a WeChat link, else SMS, else none. */
    public enum Channel {
        WECHAT,
        SMS,
        NONE
    }

    /** A failure worth retrying later (gateway unreachable, HTTP error, not configured). */
    public static class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final AccountRepository accounts;
    private final SmsGateway gateway;
    private final IdentityConfig config;

    public Uni<Channel> of(String parentAccountId) {
        return account(parentAccountId).map(account -> account == null ? Channel.NONE
                : account.wechatOpenid != null ? Channel.WECHAT
                : account.phone != null ? Channel.SMS : Channel.NONE);
    }

    /**
     * Sends the SMS template {@code templateId} with {@code params} to the parent's phone. False when the parent has
     * no phone (nothing sent); a failed Uni ({@link Unavailable}) when the gateway did not take it. Only the
     * account id reaches the log, never the number or the parameters.
     */
    public Uni<Boolean> sendSms(String parentAccountId, String templateId, Map<String, String> params) {
        return account(parentAccountId).chain(account -> {
            if (account == null || account.phone == null) {
                return Uni.createFrom().item(false);
            }
            IdentityConfig.Gateway settings = config.sms().gateway();
            SmsGatewayApi.Message message = new SmsGatewayApi.Message(account.phone, settings.signName(), templateId, params);
            return gateway.sendMessage(message).replaceWith(true).onFailure().transform(failure -> {
                if (failure instanceof GatewayCalls.UnexpectedStatus answer) {
                    LOG.warnf("SMS gateway answered HTTP %d for a notification; will retry", answer.status());
                } else {
                    LOG.warnf("SMS gateway unreachable for a notification (%s); will retry", failure.getClass().getSimpleName());
                }
                return new Unavailable("SMS gateway");
            });
        });
    }

    private Uni<Account> account(String parentAccountId) {
        UUID id;
        try {
            id = UUID.fromString(parentAccountId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().nullItem();
        }
        return Panache.withSession(() -> accounts.findById(id))
                .map(account -> account == null || account.kind != AccountKind.PARENT || !account.enabled
                        // consent to notifications withdrawn (PIPL art. 15): no channel at all
                        || account.notificationsWithdrawnAt != null ? null : account);
    }
}
