package com.tuoyu.directory.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals personal data for PostgreSQL with the national algorithms (GB/T 39786): SM4 in GCM mode (random 96-bit nonce,
 * 128-bit tag) and a keyed SM3-HMAC blind index for look-ups. A sealed value reads
 * {@code sm4gcm:<key id>:<base64 of nonce, cipher text and tag>}; the key id (also authenticated as associated data)
 * lets keys rotate while older values still open. Bouncy Castle's lightweight API, so no JCA provider is registered.
 * <p>
 * Cost: sealing or opening an 11-digit phone number takes a few microseconds, like a hash, so it runs where it is
 * called (the event loop included); nothing here blocks.
 */
@ApplicationScoped
public class PersonalDataCipher {

    static final String SCHEME = "sm4gcm";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataKeys keys;

    @Inject
    public PersonalDataCipher(CryptoConfig config) {
        this(PersonalDataKeys.from(config));
    }

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    /** The value sealed with the current key; null stays null. */
    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        String keyId = keys.currentId();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        GCMModeCipher gcm = gcm(true, keyId, nonce);
        byte[] input = clear.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[NONCE_BYTES + gcm.getOutputSize(input.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        int written = gcm.processBytes(input, 0, input.length, out, NONCE_BYTES);
        try {
            gcm.doFinal(out, NONCE_BYTES + written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM sealing failed", e);
        }
        return SCHEME + ":" + keyId + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    /** The clear value of a sealed one; null stays null. Fails on an unknown key or a value altered in the database. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !SCHEME.equals(parts[0])) {
            throw new IllegalStateException("Not a sealed value (expected " + SCHEME + ":<key id>:<data>)");
        }
        byte[] data = Base64.getDecoder().decode(parts[2]);
        GCMModeCipher gcm = gcm(false, parts[1], Arrays.copyOf(data, NONCE_BYTES));
        byte[] out = new byte[gcm.getOutputSize(data.length - NONCE_BYTES)];
        int written = gcm.processBytes(data, NONCE_BYTES, data.length - NONCE_BYTES, out, 0);
        try {
            written += gcm.doFinal(out, written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("A sealed value failed its SM4-GCM tag check (altered, or the wrong key under id "
                    + parts[1] + ")");
        }
        return new String(out, 0, written, StandardCharsets.UTF_8);
    }

    /** True when the value is sealed with the current key (nothing to rotate). */
    public boolean sealedWithCurrentKey(String sealed) {
        return sealed == null || sealed.startsWith(SCHEME + ":" + keys.currentId() + ":");
    }

    /**
     * The blind index of a value: SM3-HMAC under the index key, hex. Equal values give equal indexes, so a unique
     * constraint and a look-up work without the clear value, and without the key nobody can test a guessed number.
     */
    public String index(String clear) {
        if (clear == null) {
            return null;
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.indexKey()));
        byte[] input = clear.strip().getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private GCMModeCipher gcm(boolean forSealing, String keyId, byte[] nonce) {
        byte[] key = keys.keys().get(keyId);
        if (key == null) {
            throw new IllegalStateException("No key with id " + keyId + " in nursery.crypto.keys: it is needed to open older values");
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(forSealing, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce,
                (SCHEME + ":" + keyId).getBytes(StandardCharsets.US_ASCII)));
        return gcm;
    }
}
