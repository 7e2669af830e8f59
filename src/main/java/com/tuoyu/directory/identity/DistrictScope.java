package com.tuoyu.directory.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a signed-in staff member acts for a GB/T 2260 division: a county code covers itself, a city code
 * (3601<b>00</b>) its counties 3601xx, a province code (36<b>0000</b>) everything under 36xxxx. For other features:
 * check a record's division before showing or changing it.
 */
@ApplicationScoped
public class DistrictScope {

    /** The access-token claim holding the account's division codes. */
    public static final String CLAIM = "scope_divisions";

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    public boolean covers(SecurityIdentity identity, String divisionCode) {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && covers(jwt, divisionCode);
    }

    public boolean covers(JsonWebToken token, String divisionCode) {
        return token != null && covers(divisions(token), divisionCode);
    }

    /** The division codes in the token's scope claim; empty for parents and tokens without the claim. */
    public static List<String> divisions(JsonWebToken token) {
        Object claim = token.getClaim(CLAIM);
        List<String> codes = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    codes.add(string.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> codes.add(String.valueOf(value)));
        }
        return codes;
    }

    /** Whether any of the scope's codes covers the division. */
    public static boolean covers(Collection<String> scope, String divisionCode) {
        if (divisionCode == null || !CODE.matcher(divisionCode).matches()) {
            return false;
        }
        for (String code : scope) {
            if (code != null && CODE.matcher(code).matches() && covers(code, divisionCode)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(String scopeCode, String divisionCode) {
        if (scopeCode.endsWith("0000")) {
            return divisionCode.startsWith(scopeCode.substring(0, 2));
        }
        if (scopeCode.endsWith("00")) {
            return divisionCode.startsWith(scopeCode.substring(0, 4));
        }
        return divisionCode.equals(scopeCode);
    }
}
