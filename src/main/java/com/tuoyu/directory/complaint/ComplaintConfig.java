package com.tuoyu.directory.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "nursery.complaints")
public interface ComplaintConfig {

    /** Working days to accept or reject a complaint. */
    @WithDefault("5")
    int acceptWorkingDays();

    /** Working days to resolve, unless the category has its own figure. */
    @WithDefault("15")
    int resolveWorkingDays();

    /** Per category, e.g. {@code nursery.complaints.resolve-working-days-by-category.FEES_REFUNDS=10}. */
    Map<String, Integer> resolveWorkingDaysByCategory();

    /** Suspected abuse and injury: hours to accept. */
    @WithDefault("24")
    int urgentAcceptHours();

    /** Suspected abuse and injury: working days to resolve. */
    @WithDefault("5")
    int urgentResolveWorkingDays();

    /** Days after resolution during which the parent may reopen, once. */
    @WithDefault("7")
    int reopenDays();

    /**
     * The office that handles complaints of each county and its hotline, shown to parents on the receipt, e.g.
     * {@code nursery.complaints.offices."360102".name=东湖区卫生健康委员会}. A county without an entry is shown as its
     * county's health commission with the {@link #defaultHotline()}.
     */
    Map<String, Office> offices();

    /** The hotline of counties without their own: the government service hotline, reachable everywhere. */
    @WithDefault("12345")
    String defaultHotline();

    interface Office {

        String name();

        String hotline();
    }

    /** Largest photo accepted, in bytes. */
    @WithDefault("5242880")
    int maxPhotoBytes();

    /** A key reserved longer ago than this without a complaint is taken to be abandoned. */
    @WithDefault("60")
    int idempotencyInFlightSeconds();

    /** How parents hear about their complaints: {@code wechat} (subscribe messages) or {@code log} (development). */
    @WithDefault("wechat")
    String notifier();

    WeChat wechat();

    /** WeChat subscribe messages; the mini-program's AppID and AppSecret are identity's ({@code nursery.identity.wechat.*}). */
    interface WeChat {

        /** The mini-program page a message opens; {@code ?id=<complaint id>} is appended. */
        @WithDefault("pages/complaint/detail")
        String page();

        /** {@code formal}, {@code trial} or {@code developer}: which version of the mini-program the message opens. */
        @WithDefault("formal")
        String miniprogramState();

        /**
         * Per kind of notification, the template chosen in the mini-program's admin console and which of its
         * keywords takes which item. A kind without a template id is not sent.
         */
        Template accepted();

        Template rejected();

        Template infoRequested();

        Template replied();

        Template escalated();

        Template resolved();
    }

    interface Template {

        /** The template id (模板ID); absent: this kind is not sent. */
        Optional<String> id();

        /**
         * Template keyword per item: {@code tracking-number}, {@code status}, {@code time}, {@code remark}, e.g.
         * {@code character_string1}, {@code phrase2}, {@code time3}, {@code thing4} (the defaults). A keyword's type
         * (thing, phrase, character_string...) sets how the value is cut to WeChat's limits. An item mapped to
         * {@code -} is left out.
         */
        Optional<String> trackingNumber();

        Optional<String> status();

        Optional<String> time();

        Optional<String> remark();
    }
}
