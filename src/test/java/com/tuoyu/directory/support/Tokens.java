package com.tuoyu.directory.support;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Access tokens signed with the test key, as the identity feature issues them. */
public final class Tokens {

    private Tokens() {
    }

    public static String withRoles(String... roles) {
        return Jwt.subject("test-" + UUID.randomUUID())
                .groups(Set.of(roles))
                .claim("token_type", "access")
                .expiresIn(Duration.ofMinutes(15))
                .sign();
    }

    public static String admin() {
        return withRoles("ADMIN");
    }

    public static String parent(String accountId) {
        return Jwt.subject(accountId).groups(Set.of("PARENT")).claim("token_type", "access")
                .expiresIn(Duration.ofMinutes(15)).sign();
    }

    /** A nursery's own staff account (role NURSERY), scoped to that nursery alone. */
    public static String nursery(String accountId, UUID nurseryId) {
        return Jwt.subject(accountId).groups(Set.of("NURSERY")).claim("scope_nursery", nurseryId.toString())
                .claim("scope_divisions", java.util.List.of()).claim("token_type", "access")
                .expiresIn(Duration.ofMinutes(15)).sign();
    }

    /** A staff account with one role, scoped to the given division codes. */
    public static String staff(String role, String accountId, String... divisions) {
        return Jwt.subject(accountId).groups(Set.of(role)).claim("scope_divisions", java.util.List.of(divisions))
                .claim("token_type", "access").expiresIn(Duration.ofMinutes(15)).sign();
    }
}
