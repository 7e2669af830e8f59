package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.crypto.CryptoConfig;
import com.tuoyu.directory.platform.crypto.PersonalDataKeys;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Refuses to start in the prod profile without its own token keys, or with anything meant only for development
 * switched on (the demo WeChat code, codes in the log).
 */
@ApplicationScoped
public class ProductionChecks {

    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";

    void check(@Observes @Priority(1) StartupEvent event, Config config, CryptoConfig crypto) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent(),
                config.getOptionalValue("nursery.identity.sms.log-codes", Boolean.class).orElse(false));
        problems.addAll(cryptoProblems(crypto));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
        }
    }

    /** Personal data must be sealed with keys of the deployment's own, from a secret file, not the published dev key. */
    static List<String> cryptoProblems(CryptoConfig crypto) {
        List<String> problems = new ArrayList<>();
        if (crypto.keyFile().isEmpty()) {
            problems.add("nursery.crypto.key-file (NURSERY_CRYPTO_KEY_FILE) must point to the secret file of the personal-data keys");
        }
        try {
            if (PersonalDataKeys.from(crypto).includesDevelopmentKey()) {
                problems.add("nursery.crypto keys include the development key published in application.properties");
            }
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** What is wrong with a production configuration, given which properties are set. */
    static List<String> problems(Predicate<String> isSet, boolean logCodes) {
        List<String> problems = new ArrayList<>();
        if (!isSet.test(VERIFY_KEY)) {
            problems.add(VERIFY_KEY + " (MP_JWT_VERIFY_PUBLICKEY_LOCATION) must point to the RS256 public key");
        }
        if (!isSet.test(SIGN_KEY)) {
            problems.add(SIGN_KEY + " (SMALLRYE_JWT_SIGN_KEY_LOCATION) must point to the RS256 private key");
        }
        if (isSet.test("nursery.identity.wechat.demo-code")) {
            problems.add("nursery.identity.wechat.demo-code is for the local run only");
        }
        if (isSet.test("nursery.identity.demo-accounts.password")) {
            problems.add("nursery.identity.demo-accounts.password is for the local run only");
        }
        if (isSet.test("nursery.identity.demo-accounts.totp-secret")) {
            problems.add("nursery.identity.demo-accounts.totp-secret is for the local run only");
        }
        if (isSet.test("nursery.admin.bootstrap.totp-secret")) {
            problems.add("nursery.admin.bootstrap.totp-secret is for tests and the local run only: a second factor in "
                    + "configuration is no second factor");
        }
        if (logCodes) {
            problems.add("nursery.identity.sms.log-codes must not be true: codes would be written to the log");
        }
        return problems;
    }
}
