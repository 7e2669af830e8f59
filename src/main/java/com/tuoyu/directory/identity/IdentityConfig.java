package com.tuoyu.directory.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Tokens, password lockout, WeChat and SMS sign-in. */
@ConfigMapping(prefix = "nursery.identity")
public interface IdentityConfig {

    /** Lifetime of an access token (a signed JWT, never stored). */
    @WithDefault("PT15M")
    Duration accessTokenLifespan();

    /** Lifetime of a refresh token; each refresh issues a new one with a fresh lifetime. */
    @WithDefault("P30D")
    Duration refreshTokenLifespan();

    Lockout lockout();

    SecondFactor secondFactor();

    Passwords passwords();

    /**
     * How long the console stays signed in without anyone using it; then it signs out and says why. The refresh
     * endpoint also refuses a console session unused for longer than this.
     */
    @WithDefault("PT15M")
    Duration consoleIdleTimeout();

    WeChat wechat();

    Sms sms();

    DemoAccounts demoAccounts();

    /** Staff accounts for the local run, all with one password; refused at start in the prod profile. */
    interface DemoAccounts {

        /** When set, demo-handler (HANDLER, 360102) and demo-supervisor (SUPERVISOR, 360100) are created at start. */
        Optional<String> password();

        /**
         * The demo staff accounts' TOTP secret (base32), so that the local run can print it beside the password; when
         * unset they enrol at their first sign-in like any account.
         */
        Optional<String> totpSecret();
    }

    /** Every staff account signs in with a second factor (TOTP, RFC 6238) after its password. */
    interface SecondFactor {

        /** The issuer authenticator apps show beside the code. */
        @WithDefault("托育机构管理控制台")
        String issuer();

        /** Refuse a code already used (RFC 6238 section 5.2). Tests switch it off to sign one account in twice within 30 s. */
        @WithDefault("true")
        boolean rejectReusedCodes();

        /** Recovery codes handed out at enrolment, each usable once instead of a TOTP code. */
        @WithDefault("10")
        int recoveryCodes();
    }

    /** Rules for staff passwords, beyond the 12 to 128 characters the API validates. */
    interface Passwords {

        /** Least length; never below 12. */
        @WithDefault("12")
        int minLength();

        /** A new password may not be one of this many previous ones. */
        @WithDefault("5")
        int history();
    }

    interface Lockout {

        /** Consecutive wrong passwords that lock an account. */
        @WithDefault("5")
        int threshold();

        /** Length of the first lock; each further lock doubles it, up to {@link #maxDuration()}. */
        @WithDefault("PT1M")
        Duration initialDuration();

        @WithDefault("PT1H")
        Duration maxDuration();
    }

    interface WeChat {

        /** Base URL of the WeChat server API; code2Session is GET {base}/sns/jscode2session. */
        @WithDefault("https://api.weixin.qq.com")
        String baseUrl();

        /** The mini-program's AppID. */
        Optional<String> appId();

        /** The mini-program's AppSecret; never logged. */
        Optional<String> secret();

        /** How long to wait for WeChat (to connect, then for each part of its answer) before answering 503. */
        @WithDefault("PT5S")
        Duration timeout();

        /**
         * A login code that signs in a demo parent without calling WeChat. Only for the local run; refused at
         * start in the prod profile.
         */
        Optional<String> demoCode();
    }

    interface Sms {

        /** {@code log} (dev, test: logs the masked phone) or {@code gateway} (production: the HTTP SMS gateway). */
        @WithDefault("gateway")
        String sender();

        /** Whether the log sender also logs the code itself. Only ever true in the dev profile. */
        @WithDefault("false")
        boolean logCodes();

        @WithDefault("PT5M")
        Duration codeLifespan();

        /** Wrong codes tolerated before the code is void. */
        @WithDefault("5")
        int maxAttempts();

        /** Least time between two codes to one phone. */
        @WithDefault("PT1M")
        Duration resendInterval();

        /** Codes to one phone per day (a window of 24 hours from the first). */
        @WithDefault("10")
        int dailyLimit();

        /** Codes requested from one client IP per hour; generous, as mobile carriers share addresses (CGNAT). */
        @WithDefault("50")
        int hourlyLimitPerIp();

        Gateway gateway();
    }

    interface Gateway {

        /** The SMS gateway's send endpoint (POST, JSON). */
        Optional<String> url();

        /** Sent as {@code Authorization: Bearer <api-key>}; never logged. */
        Optional<String> apiKey();

        /** Registered SMS signature (短信签名), e.g. 托育服务. */
        @WithDefault("托育服务")
        String signName();

        /** Registered template id; the template takes {@code code} and {@code minutes}. */
        Optional<String> templateId();

        /** How long to wait for the gateway (to connect, then for each part of its answer) before answering 503. */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
