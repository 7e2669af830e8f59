package com.tuoyu.directory.platform.problem;

import com.tuoyu.directory.platform.http.StrictJson;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.tuoyu.directory.platform.overload.DatabaseBusy;
import com.tuoyu.directory.platform.overload.OverloadConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one family of exception mappers: every error leaves the service as RFC 9457 problem+json,
 * without stack traces or class names.
 */
@RequiredArgsConstructor
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final OverloadConfig overload;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, HttpServerRequest request) {
        Response response = respond(exception.problem(), request);
        if (exception.retryAfter() != null) {
            long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
            response = Response.fromResponse(response).header("Retry-After", seconds).build();
        }
        if (exception.problem().status() == 401) {
            response = Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception, HttpServerRequest request) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                detail, null, errors), request);
    }

    /** Declared separately: Quarkus ships its own mapper for this subtype, which would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, HttpServerRequest request) {
        return malformedJson(exception, request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, HttpServerRequest request) {
        String field = exception instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String detail;
        if (exception instanceof JsonParseException parse) {
            detail = "The request body is not valid JSON (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ").";
        } else if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            detail = "Field '" + field + "' must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ".";
        } else if (exception instanceof InvalidFormatException invalid && StrictJson.NUL_REFUSED.equals(invalid.getOriginalMessage())) {
            detail = "Field '" + field + "' " + StrictJson.NUL_REFUSED + ".";
        } else if (exception instanceof UnrecognizedPropertyException) {
            detail = "Field '" + field + "' is not part of this request.";
        } else if (!field.isEmpty()) {
            detail = "Field '" + field + "' has a value of the wrong type or format.";
        } else {
            detail = "The request body could not be read as the expected JSON document.";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                detail, null, errors), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, HttpServerRequest request) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem(
                        "Sign in and send the access token as 'Authorization: Bearer <token>'; expired or invalid tokens are refused."),
                request)).header("WWW-Authenticate", "Bearer").build();
    }

    /** Two people changed the same record at once: the later one is told to reload. */
    @ServerExceptionMapper({org.hibernate.StaleStateException.class, jakarta.persistence.OptimisticLockException.class})
    public Response concurrentChange(RuntimeException exception, HttpServerRequest request) {
        return respond(ProblemType.CONFLICT.problem(
                "Someone else changed this at the same moment; reload it and try again."), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN.problem("Your account's roles do not allow this."), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, HttpServerRequest request) {
        // The JSON reader reports an unreadable body as a bare 400 with the parser's exception as its cause.
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, request);
            }
        }
        int status = exception.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ". Check the path against the API documentation at /q/swagger-ui.";
            case 405 -> "The method " + request.method() + " is not allowed on " + request.path()
                    + "; see /q/swagger-ui for the methods each path takes.";
            case 406 -> "This resource answers only with JSON; send Accept: application/json.";
            case 415 -> "Send the request body as application/json.";
            case 400 -> "The request could not be read; check its body and parameters against /q/swagger-ui.";
            case 401 -> "Sign in and send the access token as 'Authorization: Bearer <token>'.";
            case 403 -> "Your account is not allowed to do this.";
            default -> status >= 500 ? "The service could not complete the request; try again later." : type.title() + ".";
        };
        if (status >= 500) {
            logIncident(exception, request);
        }
        return respond(type.problem(detail), request);
    }

    /** A downstream server (Elasticsearch) failed or is unreachable: the client may retry shortly. */
    @ServerExceptionMapper({co.elastic.clients.elasticsearch._types.ElasticsearchException.class, java.io.IOException.class})
    public Response downstreamUnavailable(Exception exception, HttpServerRequest request) {
        if (readingTheRequest(exception)) {
            return respond(ProblemType.MALFORMED_BODY.problem("The multipart body could not be read: check its "
                    + "boundary and that every part is complete."), request);
        }
        logIncident(exception, request);
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE.problem(
                        "Search is temporarily unavailable; try again in a few seconds."), request))
                .header("Retry-After", "5").build();
    }

    /**
     * A bulkhead that is full (the endpoint families of platform/overload turn theirs into a ProblemException with
     * their own wording; this covers any other): the service sheds load instead of queueing.
     */
    @ServerExceptionMapper
    public Response bulkheadFull(BulkheadException exception, HttpServerRequest request) {
        return overloaded("The service is handling as many requests of this kind as it can right now.", request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        if (DatabaseBusy.causedBy(throwable)) {
            // Saturation, not a fault: no incident, no stack trace; the client may retry shortly.
            LOG.warnf("No database connection within the configured wait for %s %s; answered 503", request.method(),
                    request.path());
            return overloaded("The database is busy with other requests right now.", request);
        }
        String incident = logIncident(throwable, request);
        return respond(ProblemType.INTERNAL.problem(
                "The service failed to complete the request. It has been logged as incident " + incident + "."), request);
    }

    private Response overloaded(String situation, HttpServerRequest request) {
        long seconds = Math.max(1, (overload.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE.problem(situation + " Please try again in "
                        + seconds + " second" + (seconds == 1 ? "" : "s") + "."), request))
                .header("Retry-After", seconds).build();
    }

    /** The multipart reader reports a body it cannot parse as a plain IOException: the client's fault, not a 503. */
    private static boolean readingTheRequest(Exception exception) {
        StackTraceElement[] frames = exception.getStackTrace();
        return exception instanceof java.io.IOException && frames.length > 0
                && frames[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }

    static Response respond(Problem problem, HttpServerRequest request) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(request.path())).build();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // For a resource method the path is method.parameter[.field...]; clients know the query parameter's name, or
        // for a body, the JSON field's path without the Java parameter name.
        List<String> names = new java.util.ArrayList<>();
        boolean parameterOnly = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                parameterOnly = true;
                continue;
            }
            if (parameterOnly) {
                names.clear();
                parameterOnly = false;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            // Container elements ("<list element>") are named by their index on the container's name.
            if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Logs an unexpected failure without exception messages, which may carry personal data from SQL or input. */
    private static String logIncident(Throwable throwable, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(RedactedThrowable.of(throwable), "Incident %s on %s %s", incident, request.method(), request.path());
        return incident;
    }
}
