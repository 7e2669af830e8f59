package com.tuoyu.directory.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of the identity feature, without the running service. */
class IdentityRulesTest {

    @Test
    void aCountyCodeCoversOnlyItself() {
        assertThat(DistrictScope.covers(List.of("360102"), "360102")).isTrue();
        assertThat(DistrictScope.covers(List.of("360102"), "360103")).isFalse();
        assertThat(DistrictScope.covers(List.of("360102"), "360100")).isFalse();
    }

    @Test
    void aCityCodeCoversItsCountiesAndAProvinceCodeEverythingBelowIt() {
        assertThat(DistrictScope.covers(List.of("360100"), "360111")).isTrue();
        assertThat(DistrictScope.covers(List.of("360100"), "360100")).isTrue();
        assertThat(DistrictScope.covers(List.of("360100"), "360202")).isFalse();
        assertThat(DistrictScope.covers(List.of("360000"), "360202")).isTrue();
        assertThat(DistrictScope.covers(List.of("360000"), "140902")).isFalse();
        assertThat(DistrictScope.covers(List.of("140902", "620100"), "620105")).isTrue();
    }

    @Test
    void malformedCodesCoverNothing() {
        assertThat(DistrictScope.covers(List.of("360000"), "36")).isFalse();
        assertThat(DistrictScope.covers(List.of("36"), "360102")).isFalse();
        assertThat(DistrictScope.covers(List.of(), "360102")).isFalse();
        assertThat(DistrictScope.covers(List.of("360000"), null)).isFalse();
    }

    @Test
    void eachLockDoublesUpToTheCap() {
        Duration minute = Duration.ofMinutes(1);
        Duration hour = Duration.ofHours(1);
        assertThat(StaffSignInService.lockDuration(0, minute, hour)).isEqualTo(minute);
        assertThat(StaffSignInService.lockDuration(1, minute, hour)).isEqualTo(Duration.ofMinutes(2));
        assertThat(StaffSignInService.lockDuration(3, minute, hour)).isEqualTo(Duration.ofMinutes(8));
        assertThat(StaffSignInService.lockDuration(40, minute, hour)).isEqualTo(hour);
    }

    @Test
    void productionNeedsItsOwnKeysAndNoDevelopmentShortcuts() {
        assertThat(ProductionChecks.problems(name -> false, false))
                .anyMatch(p -> p.contains("mp.jwt.verify.publickey.location"))
                .anyMatch(p -> p.contains("smallrye.jwt.sign.key.location"));
        Set<String> keysOnly = Set.of(ProductionChecks.VERIFY_KEY, ProductionChecks.SIGN_KEY);
        assertThat(ProductionChecks.problems(keysOnly::contains, false)).isEmpty();
        assertThat(ProductionChecks.problems(name -> true, false))
                .anyMatch(p -> p.contains("demo-code")).anyMatch(p -> p.contains("demo-accounts"))
                .anyMatch(p -> p.contains("demo-accounts.totp-secret")).anyMatch(p -> p.contains("bootstrap.totp-secret"));
        assertThat(ProductionChecks.problems(keysOnly::contains, true)).singleElement().asString().contains("log-codes");
    }

    @Test
    void productionSealsPersonalDataWithKeysFromASecretFileNeverTheDevelopmentKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("keys.properties");
        String index = java.util.Base64.getEncoder().encodeToString("an-index-key-of-thirty-two-bytes".getBytes());
        assertThat(ProductionChecks.cryptoProblems(crypto(null, "ZGV2LW9ubHkta2V5LTAxIQ==", index)))
                .anyMatch(p -> p.contains("key-file")).anyMatch(p -> p.contains("development key"));
        java.nio.file.Files.writeString(file, "current-key=prod-1\nkeys.prod-1="
                + java.util.Base64.getEncoder().encodeToString("0123456789abcdef".getBytes()) + "\nindex-key=" + index + "\n");
        assertThat(ProductionChecks.cryptoProblems(crypto(file, null, null))).isEmpty();
        java.nio.file.Files.writeString(file, "current-key=dev\nkeys.dev=ZGV2LW9ubHkta2V5LTAxIQ==\nindex-key=" + index + "\n");
        assertThat(ProductionChecks.cryptoProblems(crypto(file, null, null))).singleElement().asString().contains("development key");
    }

    private static com.tuoyu.directory.platform.crypto.CryptoConfig crypto(java.nio.file.Path file, String key, String index) {
        return new com.tuoyu.directory.platform.crypto.CryptoConfig() {
            @Override
            public java.util.Optional<String> currentKey() {
                return java.util.Optional.of("dev-1");
            }

            @Override
            public java.util.Map<String, String> keys() {
                return key == null ? java.util.Map.of() : java.util.Map.of("dev-1", key);
            }

            @Override
            public java.util.Optional<String> indexKey() {
                return java.util.Optional.ofNullable(index);
            }

            @Override
            public java.util.Optional<java.nio.file.Path> keyFile() {
                return java.util.Optional.ofNullable(file);
            }
        };
    }

    @Test
    void phonesAreMaskedForLogs() {
        assertThat(PhoneNumbers.mask("13812341234")).isEqualTo("138****1234");
        assertThat(PhoneNumbers.valid("13812341234")).isTrue();
        assertThat(PhoneNumbers.valid("12812341234")).isFalse();
    }

    @Test
    void refreshTokensAre256RandomBits() {
        String token = TokenService.randomToken();
        assertThat(token).hasSize(43).isNotEqualTo(TokenService.randomToken());
        assertThat(TokenService.sha256(token)).hasSize(64).isNotEqualTo(token);
    }
}
