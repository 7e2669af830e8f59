package com.tuoyu.directory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal-data keys for a packaged service started in the prod profile (the packaged-service test, the benchmark,
 * the topology run): production refuses the development key, so each run writes fresh random keys once and every
 * process of the run shares them ({@code NURSERY_CRYPTO_KEY_FILE}).
 */
public final class ProductionKeys {

    public static final String ENVIRONMENT = "NURSERY_CRYPTO_KEY_FILE";

    private static Path written;

    private ProductionKeys() {
    }

    /** The run's key file under target/, written on first use. */
    public static synchronized Path personalDataKeyFile() {
        if (written == null) {
            SecureRandom random = new SecureRandom();
            byte[] key = new byte[16];
            byte[] index = new byte[32];
            random.nextBytes(key);
            random.nextBytes(index);
            Base64.Encoder base64 = Base64.getEncoder();
            Path file = Path.of("target", "run-personal-data.keys").toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "current-key=run-1\nkeys.run-1=" + base64.encodeToString(key)
                        + "\nindex-key=" + base64.encodeToString(index) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written = file;
        }
        return written;
    }
}
