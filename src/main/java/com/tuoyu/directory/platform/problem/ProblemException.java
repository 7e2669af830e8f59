package com.tuoyu.directory.platform.problem;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by services for any error the client caused or must know about; mapped to problem+json. It carries its
 * detail and field messages in both languages ({@link Text}); {@link ProblemMappers} picks the client's.
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final transient Text detail;
    private final transient List<FieldText> errors;
    private final transient Duration retryAfter;

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, Text detail, List<FieldText> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, Text detail, List<FieldText> errors, Duration retryAfter) {
        // The English wording as the exception message: logs stay readable for whoever is on call.
        super(detail.en(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** The problem in the default language, Chinese. */
    public Problem problem() {
        return problem(Language.ZH);
    }

    /** The problem with its title, detail and every field message in one language. */
    public Problem problem(Language language) {
        return new Problem(type.uri(), type.title().in(language), type.status(), detail.in(language), null,
                errors.stream().map(error -> error.in(language)).toList());
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldText> errors() {
        return errors;
    }

    /** When the client may try again (sent as Retry-After in whole seconds, at least 1); null when not said. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** A 429 or 503 problem that tells the client when to try again. */
    public static ProblemException retryAfter(ProblemType type, Text detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), retryAfter);
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException notFound(String zh, String en) {
        return notFound(Text.of(zh, en));
    }

    /** A parameter or field that is wrong: {@code message} says why, without the name ("不能晚于今天" / "must not …"). */
    public static ProblemException invalidParameter(String parameter, Text message) {
        return new ProblemException(ProblemType.VALIDATION,
                Text.of("参数 '" + parameter + "' " + message.zh(), "Parameter '" + parameter + "' " + message.en()),
                List.of(new FieldText(parameter, message)));
    }

    public static ProblemException invalidParameter(String parameter, String zh, String en) {
        return invalidParameter(parameter, Text.of(zh, en));
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String zh, String en) {
        return conflict(Text.of(zh, en));
    }

    /** A request that is well formed but breaks a rule (422), with the fields that break it. */
    public static ProblemException unprocessable(Text detail, List<FieldText> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }
}
