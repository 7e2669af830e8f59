package com.tuoyu.directory.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail: what every client-caused error answers with, as application/problem+json. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "https://nursery-directory.cn/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "请求参数无效 / Invalid request")
        String title,
        @Schema(example = "400")
        int status,
        @Schema(description = "What went wrong with this request and how to fix it")
        String detail,
        @Schema(description = "The request path the problem occurred on", example = "/api/v1/nurseries")
        String instance,
        @Schema(description = "For validation problems: each offending field or parameter")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Parameter or JSON field path", example = "radius") String field,
            @Schema(description = "Why the value was refused", example = "must be between 1 and 50000 metres") String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
