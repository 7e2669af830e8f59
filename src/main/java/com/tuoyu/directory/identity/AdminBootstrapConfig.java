package com.tuoyu.directory.identity;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The first ADMIN account, created at start only while no ADMIN exists. Set through the environment
 * ({@code NURSERY_ADMIN_BOOTSTRAP_USERNAME}, {@code NURSERY_ADMIN_BOOTSTRAP_PASSWORD}); never committed.
 */
@ConfigMapping(prefix = "nursery.admin.bootstrap")
public interface AdminBootstrapConfig {

    Optional<String> username();

    Optional<String> password();

    /**
     * The bootstrap ADMIN's TOTP secret (base32) for tests and the local run, which print or compute its codes;
     * production leaves it unset (and refuses it) so that the first ADMIN enrols an authenticator app at first sign-in.
     */
    Optional<String> totpSecret();

    /** The admin's divisions; by default every province in the reference data. */
    Optional<List<String>> divisions();
}
