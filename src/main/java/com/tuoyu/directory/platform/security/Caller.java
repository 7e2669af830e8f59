package com.tuoyu.directory.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, from the verified access token: the account id, its roles and the divisions it may act in
 * (claim {@code scope_divisions}; a province code covers its cities and counties, a city code its counties).
 */
public record Caller(String id, Set<String> roles, List<String> scopeDivisions) {

    public static final String SCOPE_CLAIM = "scope_divisions";
    private static final List<String> ROLE_PRECEDENCE = List.of("ADMIN", "SUPERVISOR", "FILING_OFFICER", "HANDLER", "PARENT");

    public static Caller of(JsonWebToken token) {
        Object claim = token.getClaim(SCOPE_CLAIM);
        List<String> scopes = claim instanceof Collection<?> values
                ? values.stream().map(Caller::unquote).toList() : List.of();
        return new Caller(token.getSubject(), token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups()), scopes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The most senior role, for audit lines. */
    public String primaryRole() {
        return ROLE_PRECEDENCE.stream().filter(roles::contains).findFirst().orElse("UNKNOWN");
    }

    public boolean covers(String divisionCode) {
        return divisionCode != null && scopeDivisions.stream().anyMatch(scope -> covers(scope, divisionCode));
    }

    static boolean covers(String scope, String divisionCode) {
        if (scope.endsWith("0000")) {
            return divisionCode.startsWith(scope.substring(0, 2));
        }
        if (scope.endsWith("00")) {
            return divisionCode.startsWith(scope.substring(0, 4));
        }
        return divisionCode.equals(scope);
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
