package com.tuoyu.directory.platform.text;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The language of the answer being written, decided once per request from its {@code Accept-Language} and kept on
 * the request's Vert.x context, so a {@link Text} is worded when the answer is serialised, not when it is built:
 * labels held in caches (search pages, division names, nursery pages) then serve both languages. Work outside a
 * request (outbox deliveries, notifications) is in Chinese.
 */
public class AnswerLanguage {

    private static final String KEY = AnswerLanguage.class.getName();

    /** The language of the current request's answer; Chinese outside a request. */
    public static Language current() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Language.ZH;
        }
        return ContextLocals.<Language>get(KEY).orElse(Language.ZH);
    }

    @ServerRequestFilter
    public void remember(ContainerRequestContext request) {
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            ContextLocals.put(KEY, Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        }
    }

    /** Shared caches must keep the Chinese and the English answer apart (RFC 9110 §12.5.5). */
    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
