package com.tuoyu.directory.platform.problem;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;

/** The kinds of problem the API reports; each has a stable type URI clients may branch on. */
public enum ProblemType {
    VALIDATION(400, "validation", "请求无效", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "请求正文格式错误", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "需要登录", "Authentication required"),
    /** The password was right; the staff sign-in needs the authenticator app's code (or a recovery code) too. */
    SECOND_FACTOR_REQUIRED(401, "second-factor-required", "需要动态验证码", "Authenticator code required"),
    /** The password was right; the account has no authenticator app yet and must enrol one before signing in. */
    SECOND_FACTOR_ENROLMENT_REQUIRED(401, "second-factor-enrolment-required", "需要绑定身份验证器",
            "Authenticator app enrolment required"),
    FORBIDDEN(403, "forbidden", "无权操作", "Not allowed"),
    NOT_FOUND(404, "not-found", "未找到", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持该请求方法", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "无法提供所要求的格式", "Not acceptable"),
    CONFLICT(409, "conflict", "与当前状态冲突", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "请求内容过大", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URL 过长", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "不支持的内容类型", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "请求无法处理", "Request cannot be processed"),
    /** A parent's sign-in without accepting the current privacy notice (PIPL art. 14: consent is explicit). */
    NOTICE_NOT_ACCEPTED(428, "privacy-notice-not-accepted", "需要先同意隐私政策", "Privacy notice not accepted"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "请求过于频繁", "Too many requests"),
    UNAVAILABLE(503, "service-unavailable", "服务暂时不可用", "Service temporarily unavailable"),
    /** A setup fault, not a passing one: no Retry-After, since trying again will not help until it is configured. */
    NOT_CONFIGURED(503, "not-configured", "本服务尚未配置此功能", "Not set up on this service"),
    /** A feature this deployment has not switched on (no provider configured): asking again will not help. */
    NOT_IMPLEMENTED(501, "not-implemented", "本服务未提供此功能", "Not available on this service"),
    INTERNAL(500, "internal", "服务内部错误", "Internal error");

    private static final String BASE = "https://nursery-directory.cn/problems/";

    private final int status;
    private final String slug;
    private final Text title;

    ProblemType(int status, String slug, String titleZh, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.title = Text.of(titleZh, titleEn);
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public Text title() {
        return title;
    }

    /** The problem in one language: title and detail alike. */
    public Problem problem(Text detail, Language language) {
        return new Problem(uri(), title.in(language), status, detail.in(language), null, null);
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
