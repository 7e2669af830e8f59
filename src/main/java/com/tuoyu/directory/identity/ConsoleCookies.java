package com.tuoyu.directory.identity;

import com.tuoyu.directory.identity.dto.ConsoleSession;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.RestResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How the console's session travels. The refresh token sits in an HttpOnly cookie that only the session paths
 * receive, so no page script (nor an injected one) can read it; SameSite=Strict keeps other sites from sending it,
 * and the double-submitted CSRF token (a cookie the page reads, echoed in a header) refuses any request another
 * origin could forge. Both are session cookies: closing the browser of a shared office computer ends the session.
 */
final class ConsoleCookies {

    static final String REFRESH = "console_refresh";
    static final String CSRF = "console_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION_PATH = "/api/v1/admin/auth/session";

    private ConsoleCookies() {
    }

    static RestResponse<ConsoleSession> withCookies(ConsoleSessions.Issued issued) {
        return RestResponse.ResponseBuilder.ok(issued.session())
                .cookie(cookie(REFRESH, issued.refreshToken(), SESSION_PATH, true, -1),
                        cookie(CSRF, TokenService.randomToken(), "/", false, -1))
                .header("Cache-Control", "no-store")
                .build();
    }

    static RestResponse<Void> cleared() {
        return RestResponse.ResponseBuilder.<Void>noContent()
                .cookie(cookie(REFRESH, "", SESSION_PATH, true, 0), cookie(CSRF, "", "/", false, 0))
                .build();
    }

    /** The header must be present and equal to the cookie; compared in constant time. */
    static Uni<Void> checkCsrf(String cookie, String header) {
        if (cookie == null || header == null || cookie.isEmpty()
                || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN,
                    "请求缺少有效的 " + CSRF_HEADER + " 头（须与 " + CSRF + " Cookie 一致）；请刷新控制台页面后重试。"));
        }
        return Uni.createFrom().voidItem();
    }

    private static NewCookie cookie(String name, String value, String path, boolean httpOnly, int maxAge) {
        return new NewCookie.Builder(name).value(value).path(path).secure(true).httpOnly(httpOnly)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
