package com.tuoyu.directory.platform.crypto;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Keys that protect personal data at rest (phone numbers, WeChat identities, reporters' contact numbers). The local
 * run and the tests take them from application.properties; production reads them from {@link #keyFile()}, a
 * properties file only the service may read (the same three settings without the prefix), and
 * {@code ProductionChecks} refuses to start with the published development key.
 */
@ConfigMapping(prefix = "nursery.crypto")
public interface CryptoConfig {

    /** The id of the key that seals new values; older keys stay listed so that what they sealed still opens. */
    Optional<String> currentKey();

    /** Key id (letters, digits, '-') to the key: 16 bytes (SM4-128), base64. */
    Map<String, String> keys();

    /** 32 bytes, base64: the SM3-HMAC key of the blind indexes. Not rotated: every index would change with it. */
    Optional<String> indexKey();

    /** A properties file with {@code current-key}, {@code keys.<id>} and {@code index-key}; wins over the above. */
    Optional<Path> keyFile();
}
