package com.tuoyu.directory.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A 201 whose {@code Location} is the path of the new resource, relative to the host (RFC 9110 allows it).
 * {@code Response.created(URI)} resolves a relative URI against the request's base URI, which behind a proxy or
 * gateway is the internal host and port, not the one the client used.
 */
public final class Created {

    private Created() {
    }

    public static Response.ResponseBuilder at(String path) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path);
    }
}
