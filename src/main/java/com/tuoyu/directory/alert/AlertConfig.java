package com.tuoyu.directory.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Vacancy alerts: how long a subscription lasts, how many a parent may keep, and the message templates. */
@ConfigMapping(prefix = "nursery.alerts")
public interface AlertConfig {

    /** A subscription ends by itself this long after it was made or last renewed (issue #18: 90 days). */
    @WithDefault("P90D")
    Duration lifetime();

    /** Subscriptions a parent may keep at once (ended ones included until removed). */
    @WithDefault("20")
    int maxPerParent();

    /** The largest radius of an area subscription, in metres. */
    @WithDefault("10000")
    int maxRadiusMetres();

    WeChat wechat();

    Sms sms();

    /** The WeChat subscribe message (订阅消息) a parent who uses the mini-program gets. */
    interface WeChat {

        /** The template's id; the mini-program asks consent for it with wx.requestSubscribeMessage. None: not sent. */
        Optional<String> templateId();

        /** The template's keyword for the nursery's name (a thing: at most 20 characters). */
        @WithDefault("thing1")
        String nurseryKeyword();

        /** The template's keyword for the news, "有空位" (a phrase: at most 5 characters). */
        @WithDefault("phrase2")
        String statusKeyword();

        /** The mini-program page the message opens; {@code ?id=<nursery>} is appended. */
        @WithDefault("pages/nursery/detail")
        String page();

        /** {@code formal}, {@code trial} or {@code developer}. */
        @WithDefault("formal")
        String miniprogramState();
    }

    /** The text message a parent who signed in by SMS only gets, through the SMS gateway of sign-in. */
    interface Sms {

        /** The registered template's code; it takes {@code nursery} and {@code path}. None: not sent. */
        Optional<String> templateCode();

        /** The link path the message carries (the template adds the site); {@code <nursery id>} is appended. */
        @WithDefault("/nurseries/")
        String path();
    }
}
