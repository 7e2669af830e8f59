package com.tuoyu.directory.platform.problem;

import java.util.List;

/** Thrown by services for any error the client caused or must know about; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.problem = new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }

    public Problem problem() {
        return problem;
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
}
