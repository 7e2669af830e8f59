package db.migration;

import com.tuoyu.directory.platform.crypto.CryptoConfig;
import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.platform.crypto.PersonalDataKeys;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The personal-data cipher for Java migrations that seal columns: the same keys as the service
 * ({@code nursery.crypto.*}), read before the container exists. Not a migration itself (Flyway runs only classes
 * implementing its migration interface).
 */
final class MigrationCipher {

    private MigrationCipher() {
    }

    static PersonalDataCipher fromConfiguration() {
        CryptoConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(CryptoConfig.class);
        PersonalDataKeys keys = PersonalDataKeys.from(config);
        if (ConfigUtils.getProfiles().contains("prod") && keys.includesDevelopmentKey()) {
            // ProductionChecks says the same at start, but only after the migrations ran: refuse before sealing.
            throw new IllegalStateException("Refusing to seal personal data with the development key in the prod profile");
        }
        return new PersonalDataCipher(keys);
    }
}
