package com.tuoyu.directory.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SM4-GCM sealing and the SM3-HMAC blind index, without the service. */
class PersonalDataCipherTest {

    private static final byte[] INDEX_KEY = "an-index-key-of-thirty-two-bytes".getBytes(StandardCharsets.US_ASCII);

    private static byte[] key(String sixteen) {
        return sixteen.getBytes(StandardCharsets.US_ASCII);
    }

    private static PersonalDataCipher cipher(String current, Map<String, byte[]> keys) {
        return new PersonalDataCipher(new PersonalDataKeys(current, keys, INDEX_KEY));
    }

    @Test
    void aSealedValueOpensAndNeverRepeatsOrShowsTheClearValue() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", key("0123456789abcdef")));
        String first = cipher.seal("13812345678");
        String second = cipher.seal("13812345678");
        assertThat(first).startsWith("sm4gcm:k1:").doesNotContain("13812345678").isNotEqualTo(second);
        assertThat(cipher.open(first)).isEqualTo("13812345678");
        assertThat(cipher.open(second)).isEqualTo("13812345678");
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
        assertThat(cipher.open(cipher.seal("o-微信-openid"))).isEqualTo("o-微信-openid");
    }

    @Test
    void anAlteredValueOrAnotherKeyIdIsRefused() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", key("0123456789abcdef"), "k2", key("fedcba9876543210")));
        String sealed = cipher.seal("13812345678");
        byte[] data = Base64.getDecoder().decode(sealed.substring("sm4gcm:k1:".length()));
        data[data.length - 1] ^= 1;
        String altered = "sm4gcm:k1:" + Base64.getEncoder().withoutPadding().encodeToString(data);
        assertThatThrownBy(() -> cipher.open(altered)).hasMessageContaining("tag check");
        // the key id is authenticated: relabelling a value with another listed key fails too
        assertThatThrownBy(() -> cipher.open(sealed.replace("sm4gcm:k1:", "sm4gcm:k2:"))).hasMessageContaining("tag check");
        assertThatThrownBy(() -> cipher.open(sealed.replace("sm4gcm:k1:", "sm4gcm:k9:"))).hasMessageContaining("k9");
        assertThatThrownBy(() -> cipher.open("13812345678")).hasMessageContaining("Not a sealed value");
    }

    @Test
    void afterRotationOldValuesOpenAndNewOnesUseTheNewKey() {
        Map<String, byte[]> keys = new HashMap<>(Map.of("k1", key("0123456789abcdef")));
        String old = cipher("k1", keys).seal("13812345678");
        keys.put("k2", key("fedcba9876543210"));
        PersonalDataCipher rotated = cipher("k2", keys);
        assertThat(rotated.open(old)).isEqualTo("13812345678");
        assertThat(rotated.sealedWithCurrentKey(old)).isFalse();
        assertThat(rotated.seal("13812345678")).startsWith("sm4gcm:k2:");
        assertThat(rotated.sealedWithCurrentKey(rotated.seal("x"))).isTrue();
    }

    @Test
    void theBlindIndexIsKeyedAndStable() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", key("0123456789abcdef")));
        assertThat(cipher.index("13812345678")).hasSize(64).isEqualTo(cipher.index(" 13812345678 "))
                .isNotEqualTo(cipher.index("13812345679"));
        PersonalDataCipher otherIndexKey = new PersonalDataCipher(new PersonalDataKeys("k1", Map.of("k1", key("0123456789abcdef")),
                "another-index-key-thirty-two-byt".getBytes(StandardCharsets.US_ASCII)));
        assertThat(otherIndexKey.index("13812345678")).isNotEqualTo(cipher.index("13812345678"));
    }

    /**
     * Why sealing runs in place, on the event loop too: a seal, an open and an index of a phone number together take
     * microseconds (measured after warm-up; the bound is loose for a shared two-core machine).
     */
    @Test
    void sealingAPhoneNumberTakesMicroseconds() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", key("0123456789abcdef")));
        for (int i = 0; i < 20_000; i++) {
            cipher.open(cipher.seal("138" + i));
        }
        int rounds = 20_000;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            cipher.open(cipher.seal("138" + i));
            cipher.index("138" + i);
        }
        double microsEach = (System.nanoTime() - started) / 1_000.0 / rounds;
        assertThat(microsEach).as("µs per seal + open + index").isLessThan(200);
    }

    @Test
    void keysComeFromASecretFileAndTheDevelopmentKeyIsRecognised(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("personal-data-keys.properties");
        Files.writeString(file, "current-key=prod-2\nkeys.prod-1=" + Base64.getEncoder().encodeToString(key("0123456789abcdef"))
                + "\nkeys.prod-2=" + Base64.getEncoder().encodeToString(key("fedcba9876543210"))
                + "\nindex-key=" + Base64.getEncoder().encodeToString(INDEX_KEY) + "\n");
        PersonalDataKeys keys = PersonalDataKeys.from(config(file));
        assertThat(keys.currentId()).isEqualTo("prod-2");
        assertThat(keys.keys()).containsOnlyKeys("prod-1", "prod-2");
        assertThat(keys.includesDevelopmentKey()).isFalse();

        Files.writeString(file, "current-key=dev\nkeys.dev=" + PersonalDataKeys.DEVELOPMENT_KEY
                + "\nindex-key=" + Base64.getEncoder().encodeToString(INDEX_KEY) + "\n");
        assertThat(PersonalDataKeys.from(config(file)).includesDevelopmentKey()).isTrue();

        Files.writeString(file, "current-key=prod-3\nkeys.prod-1=" + Base64.getEncoder().encodeToString(key("0123456789abcdef"))
                + "\nindex-key=" + Base64.getEncoder().encodeToString(INDEX_KEY) + "\n");
        assertThatThrownBy(() -> PersonalDataKeys.from(config(file))).hasMessageContaining("current-key");
    }

    private static CryptoConfig config(Path file) {
        return new CryptoConfig() {
            @Override
            public java.util.Optional<String> currentKey() {
                return java.util.Optional.empty();
            }

            @Override
            public Map<String, String> keys() {
                return Map.of();
            }

            @Override
            public java.util.Optional<String> indexKey() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> keyFile() {
                return java.util.Optional.of(file);
            }
        };
    }
}
