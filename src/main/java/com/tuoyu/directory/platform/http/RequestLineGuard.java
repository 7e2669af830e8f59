package com.tuoyu.directory.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.constraints.Min;
import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks the request line before anything else reads it: a URL over the length limit is a 414 and a path or query
 * whose percent-encoding is broken (a '%' without two hex digits, bytes that are not UTF-8) a 400, both as
 * problem+json naming the part, as is a URL that {@link URI} cannot parse. Left to them, Quarkus and Vert.x answer
 * these with an empty body (see {@link UriCheckedByTheGuard}). The HTTP parser's
 * own line limit ({@code quarkus.http.limits.max-initial-line-length}) is set far above this one, so that the
 * service, not the parser, answers nearly every URL that is too long: only a line over the parser's limit is still
 * refused with a bare 414 and a closed connection (Vert.x offers no hook for that answer).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RequestLineGuard {

    /** Limits on the request line the service checks itself. */
    @ConfigMapping(prefix = "nursery.http")
    public interface Limits {
        /** The longest URL (path and query, as sent) the service reads; longer ones answer 414. */
        @WithDefault("8192")
        @Min(256)
        int maxUrlLength();
    }

    private final ObjectMapper json;
    private final Limits limits;

    void install(@Observes Router router) {
        // Before the body handler (MIN_VALUE + 1): a request refused here never has its body read.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check).failureHandler(this::failed);
        // Vert.x Web itself fails a path it cannot normalise (%zz) before any route runs: its last-resort answer.
        router.errorHandler(400, context -> answer(context, ProblemType.VALIDATION, decodable(context.request().path())
                ? Text.of("无法读取请求；请对照 /q/swagger-ui 检查正文和参数。",
                "The request could not be read; check its body and parameters against /q/swagger-ui.")
                : Text.of("路径的百分号编码无效（'%' 后须跟两位十六进制数，且解码为 UTF-8）。",
                "The path's percent-encoding is invalid ('%' must be followed by two hex digits, decoding to UTF-8)."),
                decodable(context.request().path()) ? null : "path", true));
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > limits.maxUrlLength()) {
            answer(context, ProblemType.URI_TOO_LONG, Text.of(
                    "URL 长 " + uri.length() + " 个字符，超过了上限 " + limits.maxUrlLength() + "；请缩短查询参数。",
                    "The URL is " + uri.length() + " characters long, over the limit of " + limits.maxUrlLength()
                            + "; shorten its query parameters."), null, false);
            return;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (!decodable(path)) {
            answer(context, ProblemType.VALIDATION, Text.of("路径的百分号编码无效（'%' 后须跟两位十六进制数，且解码为 UTF-8）。",
                    "The path's percent-encoding is invalid ('%' must be followed by two hex digits, decoding to UTF-8)."),
                    "path", true);
            return;
        }
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (!decodable(pair.replace('+', ' '))) {
                    String field = decodable(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : "query";
                    answer(context, ProblemType.VALIDATION, Text.of(
                            "查询参数 '" + field + "' 的百分号编码无效（'%' 后须跟两位十六进制数，且解码为 UTF-8）。",
                            "Query parameter '" + field + "' has invalid percent-encoding ('%' must be followed by two "
                                    + "hex digits, decoding to UTF-8)."), field, true);
                    return;
                }
            }
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !readable(contentType)) {
            answer(context, ProblemType.VALIDATION, Text.of(
                    "Content-Type 头格式无效；multipart 正文须带 boundary 参数（1 到 70 个字符）。",
                    "The Content-Type header is malformed; a multipart body needs a boundary parameter of 1 to 70 "
                            + "characters."), "Content-Type", true);
            return;
        }
        try {
            // What Quarkus checks itself when UriCheckedByTheGuard has not switched its check off.
            new URI(uri);
        } catch (URISyntaxException e) {
            answer(context, ProblemType.VALIDATION, Text.of("URL 中有必须用百分号编码的字符（例如空格、'|'、'{'）。",
                    "The URL holds characters that must be percent-encoded (such as a space, '|' or '{')."), "url", true);
            return;
        }
        context.next();
    }

    /**
     * Whether RESTEasy can read the media type: its parser fails with a 500 on some malformed ones
     * ({@code application/json;;}, a multipart boundary with an unclosed quote), so they are refused here.
     */
    static boolean readable(String contentType) {
        try {
            jakarta.ws.rs.core.MediaType type = jakarta.ws.rs.core.MediaType.valueOf(contentType);
            if (!"multipart".equalsIgnoreCase(type.getType())) {
                return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return MULTIPART_BOUNDARY.matcher(contentType).find();
    }

    /** RFC 2046 §5.1.1: 1 to 70 characters, quoted or not; the parameter's value must end where the header or it does. */
    private static final java.util.regex.Pattern MULTIPART_BOUNDARY = java.util.regex.Pattern.compile(
            "(?i);\\s*boundary=(\"[^\"]{1,70}\"|[^\\s;\"]{1,70})\\s*(;|$)");

    /**
     * A request refused below RESTEasy (the multipart reader's size limit on a text part throws a 413 there): the
     * client's error as a problem like any other, instead of Quarkus' plain-text answer. Server errors go on to
     * Quarkus' handler, which logs them.
     */
    void failed(RoutingContext context) {
        int status = context.statusCode();
        if (context.failure() instanceof jakarta.ws.rs.WebApplicationException web) {
            status = web.getResponse().getStatus();
        } else if (fromTheMultipartReader(context.failure())) {
            // Its parser fails with an index out of bounds on some truncated bodies: the body's fault, not ours.
            answer(context, ProblemType.MALFORMED_BODY, Text.of("无法读取 multipart 请求正文：请检查分隔符以及每个部分是否完整。",
                    "The multipart body could not be read: check its boundary and that every part is complete."), null, true);
            return;
        }
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        answer(context, type, status == 413
                ? Text.of("请求或其中一部分超过了大小上限。", "The request, or one of its parts, is over the size limit.")
                : Text.of("无法读取请求；请对照 /q/swagger-ui 检查正文和参数。",
                "The request could not be read; check its body and parameters against /q/swagger-ui."), null, true);
    }

    private static boolean fromTheMultipartReader(Throwable failure) {
        return failure instanceof IndexOutOfBoundsException && failure.getStackTrace().length > 0
                && failure.getStackTrace()[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }

    /** Whether the text percent-decodes to valid UTF-8. */
    static boolean decodable(String text) {
        if (text.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return false;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void answer(RoutingContext context, ProblemType type, Text detail, String field, boolean withInstance) {
        Language language = Language.of(context.request().getHeader("Accept-Language"));
        Problem problem = type.problem(detail, language);
        problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                withInstance ? context.request().path() : null,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail.in(language))));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
        context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
