package com.tuoyu.directory.identity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** TOTP against RFC 6238's own test vectors (appendix B, SHA-1), RFC 4648's base32 vectors, and the reuse rule. */
class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", codes of 8 digits. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc6238Sha1VectorsComeOut() {
        long[][] vectors = {{59, 94287082}, {1111111109, 7081804}, {1111111111, 14050471}, {1234567890, 89005924},
                {2000000000, 69279037}, {20000000000L, 65353130}};
        for (long[] v : vectors) {
            long step = Totp.step(Instant.ofEpochSecond(v[0]));
            assertThat(Totp.code(RFC_SEED, step, "HmacSHA1", 8)).as("T = " + v[0]).isEqualTo(String.format("%08d", v[1]));
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheSameTruncation() {
        // What authenticator apps show for the RFC's seed at T = 59: the 8-digit value modulo 10^6.
        String secret = Totp.base32(RFC_SEED);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void base32FollowsRfc4648() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            assertThat(Totp.base32(v[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(v[1]);
            assertThat(new String(Totp.base32Decode(v[1].toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(v[0]);
        }
        // As people copy secrets: in groups, with padding.
        assertThat(Totp.base32Decode("MZXW 6YTB OI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]{32}");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-06T08:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step), now, 0)).isEqualTo(step);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step - 1), now, 0)).isEqualTo(step - 1);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step + 1), now, 0)).isEqualTo(step + 1);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step - 2), now, 0)).isEqualTo(-1);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step + 2), now, 0)).isEqualTo(-1);
        // Once a step's code was accepted, neither it nor an earlier one is accepted again (RFC 6238 section 5.2).
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step), now, step)).isEqualTo(-1);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step - 1), now, step)).isEqualTo(-1);
        assertThat(Totp.acceptedStep(secret, Totp.code(secret, step + 1), now, step)).isEqualTo(step + 1);
        assertThat(Totp.acceptedStep(secret, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.acceptedStep(secret, "abcdef", now, 0)).isEqualTo(-1);
        assertThat(Totp.acceptedStep(secret, null, now, 0)).isEqualTo(-1);
    }

    @Test
    void theUriIsTheOneAuthenticatorAppsRead() {
        assertThat(Totp.uri("托育机构管理控制台", "handler.donghu", "JBSWY3DPEHPK3PXP"))
                .startsWith("otpauth://totp/%E6%89%98%E8%82%B2")
                .contains(":handler.donghu?secret=JBSWY3DPEHPK3PXP&issuer=%E6%89%98")
                .endsWith("&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenUnambiguousCharactersAndHashIgnoringDashAndCase() {
        String code = SecondFactors.recoveryCode();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
        assertThat(SecondFactors.hash(code)).isEqualTo(SecondFactors.hash(code.replace("-", "").toLowerCase()))
                .hasSize(64).doesNotContain(code);
    }

    @Test
    void theShippedBreachedListHoldsTheCommonestPasswords() {
        assertThat(PasswordRules.isCommon("123456")).isTrue();
        assertThat(PasswordRules.isCommon("PASSWORD")).isTrue();
        assertThat(PasswordRules.isCommon("Tuoyu-Console-2026-staff")).isFalse();
    }
}
