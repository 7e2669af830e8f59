package com.tuoyu.directory.platform.security;

import lombok.RequiredArgsConstructor;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from its access token once. Resources are singletons, so they
 * inject this request-scoped bean (reached through its client proxy) rather than a {@code Caller}, which as a record
 * cannot be proxied and would be fixed at the resource's creation.
 */
@RequestScoped
@RequiredArgsConstructor
public class CurrentCaller {

    private final JsonWebToken token;
    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = Caller.of(token);
        }
        return caller;
    }
}
