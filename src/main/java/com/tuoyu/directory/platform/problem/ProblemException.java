package com.tuoyu.directory.platform.problem;

import java.time.Duration;
import java.util.List;

/** Thrown by services for any error the client caused or must know about; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.problem = new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** When the client may try again (sent as Retry-After in whole seconds, at least 1); null when not said. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** A 429 or 503 problem that tells the client when to try again. */
    public static ProblemException retryAfter(ProblemType type, String detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), retryAfter);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(ProblemType.VALIDATION, "Parameter '" + parameter + "' " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A request that is well formed but breaks a rule (422), with the fields that break it. */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }
}
