package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane) in PHC form. Hashing takes tens of milliseconds, so it runs
 * on a worker thread and the result comes back on the caller's Vert.x context.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class PasswordHasher {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Verified against when the username is unknown, so that the answer takes as long as for a wrong password. */
    private static final String DUMMY = Password.hash("not-a-real-password").addRandomSalt(16).with(ARGON2ID).getResult();

    private final Vertx vertx;

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult(), false);
    }

    /** Whether the password matches; a null hash (unknown account) is checked against a dummy and never matches. */
    public Uni<Boolean> verify(String password, String hash) {
        return vertx.executeBlocking(() -> {
            if (hash == null) {
                Password.check(password, DUMMY).with(ARGON2ID);
                return false;
            }
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        }, false);
    }
}
