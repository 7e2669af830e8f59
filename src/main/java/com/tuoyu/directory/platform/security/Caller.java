package com.tuoyu.directory.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is calling, from the verified access token: the account id, its roles and the divisions it may act in
 * (claim {@code scope_divisions}; a province code covers its cities and counties, a city code its counties).
 */
public record Caller(String id, Set<String> roles, List<String> scopeDivisions, UUID nursery) {

    public static final String SCOPE_CLAIM = "scope_divisions";
    /** The one nursery a NURSERY staff account acts for; such tokens carry no divisions. */
    public static final String NURSERY_CLAIM = "scope_nursery";
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final List<String> ROLE_PRECEDENCE = List.of("ADMIN", "SUPERVISOR", "FILING_OFFICER", "HANDLER", "NURSERY", "PARENT");

    /** A caller scoped to divisions only (every staff role but NURSERY, and parents with none). */
    public Caller(String id, Set<String> roles, List<String> scopeDivisions) {
        this(id, roles, scopeDivisions, null);
    }

    public static Caller of(JsonWebToken token) {
        return new Caller(token.getSubject(), token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups()),
                divisions(token), nursery(token));
    }

    /** The nursery claim of a NURSERY staff token; null for every other token or a malformed claim. */
    static UUID nursery(JsonWebToken token) {
        Object claim = token.getClaim(NURSERY_CLAIM);
        String value = claim instanceof JsonString string ? string.getString() : claim == null ? null : claim.toString();
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether this caller is the staff of exactly this nursery. */
    public boolean actsFor(UUID nurseryId) {
        return nursery != null && nursery.equals(nurseryId);
    }

    /** The division codes in the token's scope claim; empty for parents and tokens without the claim. */
    public static List<String> divisions(JsonWebToken token) {
        Object claim = token.getClaim(SCOPE_CLAIM);
        List<String> codes = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    codes.add(string.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> codes.add(value instanceof JsonString string ? string.getString() : String.valueOf(value)));
        }
        return codes;
    }

    /** Whether any of the scope's codes covers the division. */
    public static boolean covers(Collection<String> scope, String divisionCode) {
        if (divisionCode == null || !CODE.matcher(divisionCode).matches()) {
            return false;
        }
        return scope.stream().anyMatch(code -> code != null && CODE.matcher(code).matches() && covers(code, divisionCode));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The most senior role, for audit lines. */
    public String primaryRole() {
        return ROLE_PRECEDENCE.stream().filter(roles::contains).findFirst().orElse("UNKNOWN");
    }

    public boolean covers(String divisionCode) {
        return covers(scopeDivisions, divisionCode);
    }

    static boolean covers(String scope, String divisionCode) {
        return divisionCode.startsWith(codePrefix(scope));
    }

    /**
     * The code prefix shared by a division and everything inside it: 2 digits for a province (360000), 4 for a city
     * (360100), all 6 for a county. For {@code LIKE 'prefix%'} queries and scope checks alike.
     */
    public static String codePrefix(String division) {
        if (division.endsWith("0000")) {
            return division.substring(0, 2);
        }
        return division.endsWith("00") ? division.substring(0, 4) : division;
    }

}
