package com.tuoyu.directory.platform.problem;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parses path and query parameters with a problem naming the parameter, instead of JAX-RS's bare 404. */
public final class RequestParameters {

    private RequestParameters() {
    }

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A UUID in its canonical 36-character form; {@link UUID#fromString} alone also takes "1-2-3-4-5". */
    public static UUID uuid(String name, String value) {
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, "must be a UUID such as 3f2504e0-4f89-31d3-9a0c-0305e82c3301");
        }
        return UUID.fromString(value);
    }
}
