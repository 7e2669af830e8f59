package com.tuoyu.directory.platform.problem;

import java.util.UUID;

/** Parses path and query parameters with a problem naming the parameter, instead of JAX-RS's bare 404. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidParameter(name, "must be an id such as 0d9a7c8e-2f7b-3c55-9b1e-6a2f1c0d4e11");
        }
    }
}
