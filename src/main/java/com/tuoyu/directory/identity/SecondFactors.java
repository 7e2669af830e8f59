package com.tuoyu.directory.identity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The staff's second factor: a TOTP secret per account (enrolled at the first sign-in, confirmed by a first code)
 * and single-use recovery codes. Every method runs inside the sign-in's transaction, on the account it has locked.
 */
@ApplicationScoped
@RequiredArgsConstructor
class SecondFactors {

    /** What a code (or its absence) means for an account whose password was right. */
    enum Check { ACCEPTED, MISSING, WRONG, NOT_ENROLLED }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Recovery codes avoid letters people confuse (0/O, 1/I/L). */
    private static final String RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final StaffSecondFactorRepository factors;
    private final StaffRecoveryCodeRepository recoveryCodes;
    private final IdentityConfig config;
    private final Clock clock;

    /** A confirmed factor checks the code: a TOTP code of now (not used before) or an unused recovery code. */
    Uni<Check> check(Account account, String code) {
        return factors.findById(account.id).chain(factor -> {
            if (factor == null || !factor.confirmed()) {
                return Uni.createFrom().item(Check.NOT_ENROLLED);
            }
            if (code == null || code.isBlank()) {
                return Uni.createFrom().item(Check.MISSING);
            }
            String trimmed = code.trim().replace(" ", "");
            Instant now = clock.instant();
            long step = Totp.acceptedStep(factor.secret, trimmed, now, lastStep(factor));
            if (step >= 0) {
                factor.lastStep = step;
                return Uni.createFrom().item(Check.ACCEPTED);
            }
            return useRecoveryCode(account.id, trimmed, now).map(used -> used ? Check.ACCEPTED : Check.WRONG);
        });
    }

    Uni<Boolean> enrolled(UUID accountId) {
        return factors.findById(accountId).map(factor -> factor != null && factor.confirmed());
    }

    /** A new secret awaiting confirmation, replacing any earlier unconfirmed one; null when already enrolled. */
    Uni<String> start(Account account) {
        return factors.findById(account.id).chain(factor -> {
            if (factor != null && factor.confirmed()) {
                return Uni.createFrom().nullItem();
            }
            StaffSecondFactor pending = factor != null ? factor : new StaffSecondFactor();
            pending.secret = Totp.newSecret();
            pending.createdAt = clock.instant();
            pending.lastStep = 0;
            if (factor != null) {
                return Uni.createFrom().item(pending.secret);
            }
            pending.accountId = account.id;
            return factors.persist(pending).map(saved -> saved.secret);
        });
    }

    /**
     * Confirms the pending enrolment with its first code and answers the new recovery codes (in clear, this once);
     * null when there is no pending enrolment or the code is wrong.
     */
    Uni<List<String>> confirm(Account account, String code) {
        return factors.findById(account.id).chain(factor -> {
            if (factor == null || factor.confirmed()) {
                return Uni.createFrom().nullItem();
            }
            Instant now = clock.instant();
            long step = Totp.acceptedStep(factor.secret, code == null ? null : code.trim(), now, 0);
            if (step < 0) {
                return Uni.createFrom().nullItem();
            }
            factor.confirmedAt = now;
            factor.lastStep = step;
            return newRecoveryCodes(account.id, now);
        });
    }

    /** Enrols with a secret from configuration (the bootstrap ADMIN of tests and the local run, demo accounts). */
    Uni<Void> enrolWith(UUID accountId, String secret) {
        Totp.base32Decode(secret);
        return factors.findById(accountId).chain(factor -> {
            Instant now = clock.instant();
            StaffSecondFactor fixed = factor != null ? factor : new StaffSecondFactor();
            fixed.secret = secret;
            fixed.createdAt = now;
            fixed.confirmedAt = now;
            fixed.lastStep = 0;
            if (factor != null) {
                return Uni.createFrom().voidItem();
            }
            fixed.accountId = accountId;
            return factors.persist(fixed).replaceWithVoid();
        });
    }

    /** Forgets the factor and its recovery codes: the account enrols again at its next sign-in (a lost phone). */
    Uni<Void> reset(UUID accountId) {
        return recoveryCodes.delete("accountId", accountId)
                .chain(() -> factors.delete("accountId", accountId)).replaceWithVoid();
    }

    private long lastStep(StaffSecondFactor factor) {
        return config.secondFactor().rejectReusedCodes() ? factor.lastStep : 0;
    }

    private Uni<Boolean> useRecoveryCode(UUID accountId, String code, Instant now) {
        String hash = hash(code);
        return recoveryCodes.find("accountId = ?1 and codeHash = ?2 and usedAt is null", accountId, hash).firstResult()
                .map(found -> {
                    if (found == null) {
                        return false;
                    }
                    found.usedAt = now;
                    return true;
                });
    }

    private Uni<List<String>> newRecoveryCodes(UUID accountId, Instant now) {
        List<String> codes = new ArrayList<>();
        List<StaffRecoveryCode> rows = new ArrayList<>();
        for (int i = 0; i < config.secondFactor().recoveryCodes(); i++) {
            String code = recoveryCode();
            codes.add(code);
            StaffRecoveryCode row = new StaffRecoveryCode();
            row.id = UUID.randomUUID();
            row.accountId = accountId;
            row.codeHash = hash(code);
            row.createdAt = now;
            rows.add(row);
        }
        return recoveryCodes.delete("accountId", accountId)
                .chain(() -> recoveryCodes.persist(rows)).replaceWith(codes);
    }

    /** Ten characters from a 31-letter alphabet (about 50 bits), shown as two groups: 7KQ4M-XH2PD. */
    static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** SHA-256 of the code without its dash, upper case: typed with or without the dash, in either case. */
    static String hash(String code) {
        String normal = code.replace("-", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
