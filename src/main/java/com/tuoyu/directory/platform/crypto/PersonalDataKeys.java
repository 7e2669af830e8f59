package com.tuoyu.directory.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/** The keys of {@link CryptoConfig}, read and checked once: the current sealing key, all opening keys, the index key. */
public record PersonalDataKeys(String currentId, Map<String, byte[]> keys, byte[] indexKey) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,20}");

    /** The SM4 key published in application.properties for the local run and the tests (base64). */
    static final String DEVELOPMENT_KEY = "ZGV2LW9ubHkta2V5LTAxIQ==";

    public PersonalDataKeys {
        if (!KEY_ID.matcher(currentId).matches() || !keys.containsKey(currentId)) {
            throw new IllegalStateException("nursery.crypto.current-key must name one of nursery.crypto.keys");
        }
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches() || key.length != 16) {
                throw new IllegalStateException("nursery.crypto.keys." + id + " must be 16 bytes (base64) under an id of letters, digits and '-'");
            }
        });
        if (indexKey.length < 32) {
            throw new IllegalStateException("nursery.crypto.index-key must be at least 32 bytes (base64)");
        }
        keys = Map.copyOf(keys);
    }

    public static PersonalDataKeys from(CryptoConfig config) {
        if (config.keyFile().isPresent()) {
            return fromFile(config.keyFile().get());
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        config.keys().forEach((id, key) -> keys.put(id, decode(key, "keys." + id)));
        return new PersonalDataKeys(config.currentKey().orElseThrow(() -> missing("current-key")), keys,
                decode(config.indexKey().orElseThrow(() -> missing("index-key")), "index-key"));
    }

    private static PersonalDataKeys fromFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("nursery.crypto.key-file cannot be read: " + file, e);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("keys.")) {
                keys.put(name.substring(5), decode(properties.getProperty(name), name));
            }
        }
        String current = properties.getProperty("current-key");
        String index = properties.getProperty("index-key");
        if (current == null || index == null) {
            throw missing(current == null ? "current-key (in the key file)" : "index-key (in the key file)");
        }
        return new PersonalDataKeys(current.strip(), keys, decode(index, "index-key"));
    }

    /** True when any key is the development key anyone can read in the repository. */
    public boolean includesDevelopmentKey() {
        byte[] development = Base64.getDecoder().decode(DEVELOPMENT_KEY);
        return keys.values().stream().anyMatch(key -> java.security.MessageDigest.isEqual(key, development));
    }

    private static byte[] decode(String base64, String name) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nursery.crypto." + name + " is not base64");
        }
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("nursery.crypto." + name + " is not set (or set nursery.crypto.key-file)");
    }
}
