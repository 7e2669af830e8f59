package com.tuoyu.directory.platform.problem;

import com.tuoyu.directory.platform.http.StrictJson;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.tuoyu.directory.platform.overload.DatabaseBusy;
import com.tuoyu.directory.platform.overload.DatabaseUnavailable;
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
        Response response = respond(exception.problem(language(request)), request);
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
        // Hibernate Validator has already worded each message in the request's locale (Accept-Language, see
        // quarkus.locales): the title follows the same language so the answer is in one.
        Language language = language(request);
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining(language == Language.EN ? "; " : "；"));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title().in(language), 400,
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
        Text detail;
        if (exception instanceof JsonParseException parse) {
            long line = parse.getLocation().getLineNr();
            long column = parse.getLocation().getColumnNr();
            detail = Text.of("请求正文不是有效的 JSON（第 " + line + " 行第 " + column + " 列）。",
                    "The request body is not valid JSON (line " + line + ", column " + column + ").");
        } else if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String values = Arrays.toString(invalid.getTargetType().getEnumConstants());
            detail = Text.of("字段 '" + field + "' 必须是 " + values + " 之一。",
                    "Field '" + field + "' must be one of " + values + ".");
        } else if (exception instanceof InvalidFormatException invalid && StrictJson.NUL_REFUSED.equals(invalid.getOriginalMessage())) {
            detail = Text.of("字段 '" + field + "' 不能包含 NUL 字符（U+0000）。", "Field '" + field + "' " + StrictJson.NUL_REFUSED + ".");
        } else if (exception instanceof UnrecognizedPropertyException) {
            detail = Text.of("字段 '" + field + "' 不属于此请求。", "Field '" + field + "' is not part of this request.");
        } else if (!field.isEmpty()) {
            detail = Text.of("字段 '" + field + "' 的值类型或格式不对。", "Field '" + field + "' has a value of the wrong type or format.");
        } else {
            detail = Text.of("无法把请求正文读作所需的 JSON 文档。", "The request body could not be read as the expected JSON document.");
        }
        Language language = language(request);
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, detail.in(language)));
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title().in(language), 400,
                detail.in(language), null, errors), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, HttpServerRequest request) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, Text.of(
                        "请先登录，并以 'Authorization: Bearer <token>' 发送访问令牌；过期或无效的令牌会被拒绝。",
                        "Sign in and send the access token as 'Authorization: Bearer <token>'; expired or invalid tokens are refused."),
                request)).header("WWW-Authenticate", "Bearer").build();
    }

    /** Two people changed the same record at once: the later one is told to reload. */
    @ServerExceptionMapper({org.hibernate.StaleStateException.class, jakarta.persistence.OptimisticLockException.class})
    public Response concurrentChange(RuntimeException exception, HttpServerRequest request) {
        return respond(ProblemType.CONFLICT, Text.of("有人在同一时刻修改了这条记录；请重新加载后再试。",
                "Someone else changed this at the same moment; reload it and try again."), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, Text.of("你的账号角色不允许此操作。", "Your account's roles do not allow this."), request);
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
        String path = request.path();
        Text detail = switch (status) {
            case 404 -> Text.of(path + " 处没有任何资源。请对照 /q/swagger-ui 上的接口文档检查路径。",
                    "There is nothing at " + path + ". Check the path against the API documentation at /q/swagger-ui.");
            case 405 -> Text.of(path + " 不接受 " + request.method() + " 方法；各路径接受的方法见 /q/swagger-ui。",
                    "The method " + request.method() + " is not allowed on " + path
                            + "; see /q/swagger-ui for the methods each path takes.");
            case 406 -> Text.of("此资源只以 JSON 作答；请发送 Accept: application/json。",
                    "This resource answers only with JSON; send Accept: application/json.");
            case 415 -> Text.of("请以 application/json 发送请求正文。", "Send the request body as application/json.");
            case 400 -> Text.of("无法读取请求；请对照 /q/swagger-ui 检查正文和参数。",
                    "The request could not be read; check its body and parameters against /q/swagger-ui.");
            case 401 -> Text.of("请先登录，并以 'Authorization: Bearer <token>' 发送访问令牌。",
                    "Sign in and send the access token as 'Authorization: Bearer <token>'.");
            case 403 -> Text.of("你的账号无权执行此操作。", "Your account is not allowed to do this.");
            default -> status >= 500 ? Text.of("服务未能完成请求；请稍后再试。", "The service could not complete the request; try again later.")
                    : Text.of(type.title().zh() + "。", type.title().en() + ".");
        };
        if (status >= 500) {
            logIncident(exception, request);
        }
        return respond(type, detail, request);
    }

    /** A downstream server (Elasticsearch) failed or is unreachable: the client may retry shortly. */
    @ServerExceptionMapper({co.elastic.clients.elasticsearch._types.ElasticsearchException.class, java.io.IOException.class})
    public Response downstreamUnavailable(Exception exception, HttpServerRequest request) {
        if (readingTheRequest(exception)) {
            return respond(ProblemType.MALFORMED_BODY, Text.of("无法读取 multipart 请求正文：请检查分隔符以及每个部分是否完整。",
                    "The multipart body could not be read: check its boundary and that every part is complete."), request);
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            // The pool could not connect to PostgreSQL (stopped, restarting): passing, not an incident.
            LOG.warnf("Database unavailable for %s %s; answered 503", request.method(), request.path());
            return overloaded(Text.of("数据库暂时不可用。", "The database is temporarily unavailable."), request);
        }
        logIncident(exception, request);
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, Text.of("搜索暂时不可用；请几秒钟后再试。",
                        "Search is temporarily unavailable; try again in a few seconds."), request))
                .header("Retry-After", "5").build();
    }

    /**
     * A bulkhead that is full (the endpoint families of platform/overload turn theirs into a ProblemException with
     * their own wording; this covers any other): the service sheds load instead of queueing.
     */
    @ServerExceptionMapper
    public Response bulkheadFull(BulkheadException exception, HttpServerRequest request) {
        return overloaded(Text.of("此类请求目前已达服务的处理上限。",
                "The service is handling as many requests of this kind as it can right now."), request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        if (DatabaseBusy.causedBy(throwable)) {
            // Saturation, not a fault: no incident, no stack trace; the client may retry shortly.
            LOG.warnf("No database connection within the configured wait for %s %s; answered 503", request.method(),
                    request.path());
            return overloaded(Text.of("数据库正忙于处理其他请求。", "The database is busy with other requests right now."), request);
        }
        if (DatabaseUnavailable.causedBy(throwable)) {
            // PostgreSQL stopped or restarting: passing, and the pool reconnects by itself once it is back. The
            // client retries (a complaint with its Idempotency-Key, so it is taken in once).
            LOG.warnf("Database unavailable for %s %s; answered 503", request.method(), request.path());
            return overloaded(Text.of("数据库暂时不可用。", "The database is temporarily unavailable."), request);
        }
        String incident = logIncident(throwable, request);
        return respond(ProblemType.INTERNAL, Text.of("服务未能完成请求，已记录为事件 " + incident + "。",
                "The service failed to complete the request. It has been logged as incident " + incident + "."), request);
    }

    private Response overloaded(Text situation, HttpServerRequest request) {
        long seconds = Math.max(1, (overload.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, situation.then(Text.of("请 " + seconds + " 秒后再试。",
                        "Please try again in " + seconds + " second" + (seconds == 1 ? "" : "s") + ".")), request))
                .header("Retry-After", seconds).build();
    }

    /** The multipart reader reports a body it cannot parse as a plain IOException: the client's fault, not a 503. */
    private static boolean readingTheRequest(Exception exception) {
        StackTraceElement[] frames = exception.getStackTrace();
        return exception instanceof java.io.IOException && frames.length > 0
                && frames[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }

    /** The client's language for this answer, from its Accept-Language (Chinese when it names neither). */
    static Language language(HttpServerRequest request) {
        return Language.of(request.getHeader("Accept-Language"));
    }

    private static Response respond(ProblemType type, Text detail, HttpServerRequest request) {
        return respond(type.problem(detail, language(request)), request);
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
