package com.tuoyu.directory.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/** Creates the first ADMIN from {@code nursery.admin.bootstrap.*} when no enabled ADMIN exists. */
@ApplicationScoped
public class IdentityStartup {

    private static final Logger LOG = Logger.getLogger(IdentityStartup.class);

    private final AdminBootstrapConfig bootstrap;
    private final AccountAdminService accounts;

    public IdentityStartup(AdminBootstrapConfig bootstrap, AccountAdminService accounts) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        if (bootstrap.username().isEmpty() || bootstrap.password().isEmpty()) {
            return;
        }
        String password = bootstrap.password().get();
        if (password.length() < PasswordHasher.MIN_LENGTH || password.length() > PasswordHasher.MAX_LENGTH) {
            throw new IllegalStateException("nursery.admin.bootstrap.password must be 12 to 128 characters");
        }
        List<String> divisions = bootstrap.divisions().orElse(List.of());
        boolean created = VertxContextSupport.subscribeAndAwait(() ->
                accounts.bootstrapAdmin(bootstrap.username().get(), password, divisions));
        if (created) {
            LOG.info("Created the bootstrap ADMIN account from nursery.admin.bootstrap.username");
        }
    }
}
