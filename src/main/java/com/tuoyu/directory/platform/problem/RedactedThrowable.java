package com.tuoyu.directory.platform.problem;

/**
 * A copy of an exception chain that keeps types and stack frames but drops messages, so that values from a
 * request or a SQL statement (a phone number, a name) never reach the log.
 */
final class RedactedThrowable extends RuntimeException {

    private RedactedThrowable(Throwable original, Throwable redactedCause) {
        super("[" + original.getClass().getSimpleName() + ", message withheld]", redactedCause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static RedactedThrowable of(Throwable original) {
        Throwable cause = original.getCause();
        return new RedactedThrowable(original, cause == null || cause == original ? null : of(cause));
    }
}
