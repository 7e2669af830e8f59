package com.tuoyu.directory.platform.overload;

/** A group of endpoints that share one bulkhead (see {@link OverloadConfig}), with what a refused client is told. */
public enum EndpointFamily {
    NURSERY_DETAIL("Too many people are opening nursery details right now"),
    COMPLAINT_SUBMISSION("Too many complaints are being filed right now; yours has not been stored"),
    PUBLIC_LISTS("Too many people are reading filing notices and inspection draws right now"),
    SIGN_IN("Too many people are signing in right now");

    private final String situation;

    EndpointFamily(String situation) {
        this.situation = situation;
    }

    /** The problem detail of a refused request: what happened and what to do. */
    public String detail(long retryAfterSeconds) {
        return situation + ". Please try again in " + retryAfterSeconds + " second" + (retryAfterSeconds == 1 ? "" : "s")
                + "; nothing was changed by this request.";
    }
}
