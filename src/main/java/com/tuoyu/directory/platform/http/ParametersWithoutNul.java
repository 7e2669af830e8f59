package com.tuoyu.directory.platform.http;

import com.tuoyu.directory.platform.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.List;
import java.util.Map;

/**
 * No path, query or form parameter may hold the NUL character (U+0000, sent as %00 or a raw byte in a form part):
 * PostgreSQL refuses it in a text, which would surface as a 500 deep in a query instead of the client's 400. One
 * filter for every operation, so no parameter can be forgotten; JSON bodies are covered by {@link StrictJson}.
 * It runs after the body is read (readBody), so the text parts of a multipart body are checked too.
 */
public class ParametersWithoutNul {

    @ServerRequestFilter(readBody = true)
    public void refuseNul(ResteasyReactiveContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            FormData form = context.getFormData();
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && hasNul(value.getValue())) {
                        throw refused(name);
                    }
                }
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey())) {
                throw refused("?");
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    throw refused(parameter.getKey());
                }
            }
        }
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    private static ProblemException refused(String name) {
        return ProblemException.invalidParameter(name, "不能包含 NUL 字符（U+0000）", StrictJson.NUL_REFUSED);
    }
}
