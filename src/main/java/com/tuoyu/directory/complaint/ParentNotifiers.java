package com.tuoyu.directory.complaint;

import com.tuoyu.directory.identity.WeChatMessaging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Chooses the parent notifier from {@code nursery.complaints.notifier}: {@code wechat} or {@code log}. */
@ApplicationScoped
class ParentNotifiers {

    @Produces
    @Singleton
    ParentNotifier notifier(ComplaintConfig config, WeChatMessaging wechat, Clock clock) {
        return switch (config.notifier()) {
            case "log" -> new LogParentNotifier();
            case "wechat" -> new WeChatParentNotifier(wechat, config.wechat(), clock);
            default -> throw new IllegalStateException("nursery.complaints.notifier must be 'wechat' or 'log'");
        };
    }
}
