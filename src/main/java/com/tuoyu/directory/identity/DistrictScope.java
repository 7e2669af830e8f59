package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;

/**
 * Whether a signed-in staff member acts for a GB/T 2260 division: a county code covers itself, a city code
 * (3601<b>00</b>) its counties 3601xx, a province code (36<b>0000</b>) everything under 36xxxx. For other features:
 * check a record's division before showing or changing it.
 */
@ApplicationScoped
public class DistrictScope {

    /** The access-token claim holding the account's division codes. */
    public static final String CLAIM = Caller.SCOPE_CLAIM;

    public boolean covers(SecurityIdentity identity, String divisionCode) {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && covers(jwt, divisionCode);
    }

    public boolean covers(JsonWebToken token, String divisionCode) {
        return token != null && covers(divisions(token), divisionCode);
    }

    /** The division codes in the token's scope claim; empty for parents and tokens without the claim. */
    public static List<String> divisions(JsonWebToken token) {
        return Caller.divisions(token);
    }

    /** Whether any of the scope's codes covers the division. */
    public static boolean covers(Collection<String> scope, String divisionCode) {
        return Caller.covers(scope, divisionCode);
    }
}
