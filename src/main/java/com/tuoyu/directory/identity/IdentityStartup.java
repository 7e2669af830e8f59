package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Creates the first ADMIN from {@code nursery.admin.bootstrap.*} when no enabled ADMIN exists, and the local run's
 * demo staff accounts when {@code nursery.identity.demo-accounts.password} is set.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IdentityStartup {

    private static final Logger LOG = Logger.getLogger(IdentityStartup.class);

    private final AdminBootstrapConfig bootstrap;
    private final AccountAdminService accounts;
    private final IdentityConfig config;

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        bootstrapAdmin();
        if (config.demoAccounts().password().isPresent()) {
            String password = config.demoAccounts().password().get();
            String totp = config.demoAccounts().totpSecret().orElse(null);
            VertxContextSupport.subscribeAndAwait(() -> accounts.ensureDemoAccount("demo-handler", password,
                            java.util.Set.of(Role.HANDLER), List.of("360102"), totp)
                    .chain(() -> accounts.ensureDemoAccount("demo-handler-2", password,
                            java.util.Set.of(Role.HANDLER), List.of("360102", "360111"), totp))
                    .chain(() -> accounts.ensureDemoAccount("demo-supervisor", password,
                            java.util.Set.of(Role.SUPERVISOR, Role.FILING_OFFICER), List.of("360100"), totp)));
            LOG.info("Demo staff accounts: demo-handler (HANDLER, 360102), demo-handler-2 (HANDLER, 360102 and 360111), demo-supervisor (SUPERVISOR, FILING_OFFICER, 360100)"
                    + (totp == null ? "; each enrols an authenticator app at its first sign-in"
                    : "; their authenticator secret is nursery.identity.demo-accounts.totp-secret (the local run prints it)"));
        }
    }

    private void bootstrapAdmin() throws Throwable {
        if (bootstrap.username().isEmpty() || bootstrap.password().isEmpty()) {
            return;
        }
        String password = bootstrap.password().get();
        if (password.length() < PasswordHasher.MIN_LENGTH || password.length() > PasswordHasher.MAX_LENGTH) {
            throw new IllegalStateException("nursery.admin.bootstrap.password must be 12 to 128 characters");
        }
        List<String> divisions = bootstrap.divisions().orElse(List.of());
        boolean created = VertxContextSupport.subscribeAndAwait(() ->
                accounts.bootstrapAdmin(bootstrap.username().get(), password, divisions, bootstrap.totpSecret().orElse(null)));
        if (created) {
            LOG.info("Created the bootstrap ADMIN account from nursery.admin.bootstrap.username");
        }
    }
}
