package com.tuoyu.directory.platform.problem;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parses path and query parameters with a problem naming the parameter, instead of JAX-RS's bare 404. */
public final class RequestParameters {

    private RequestParameters() {
    }

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");

    /** An enum constant by name (case-insensitive); null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "必须是 " + java.util.Arrays.toString(type.getEnumConstants()) + " 之一",
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** true or false; null when absent. */
    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalidParameter(name, "必须是 true 或 false", "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    /** A whole number within bounds; the fallback when absent. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter(name, "必须是 " + min + " 到 " + max + " 之间的整数",
                "must be a whole number from " + min + " to " + max);
    }

    /** A six-digit GB/T 2260 code; null when absent unless required. */
    public static String divisionCode(String name, String value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (value == null || !DIVISION.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, "必须是六位 GB/T 2260 行政区划代码，例如 360100",
                    "must be a six-digit GB/T 2260 division code, e.g. 360100");
        }
        return value;
    }

    /** An ISO date; the fallback when absent. */
    public static java.time.LocalDate date(String name, String value, java.time.LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "必须是日期，例如 2026-01-31", "must be a date such as 2026-01-31");
        }
    }

    /** A UUID in its canonical 36-character form; {@link UUID#fromString} alone also takes "1-2-3-4-5". */
    public static UUID uuid(String name, String value) {
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, "必须是 UUID，例如 3f2504e0-4f89-31d3-9a0c-0305e82c3301",
                    "must be a UUID such as 3f2504e0-4f89-31d3-9a0c-0305e82c3301");
        }
        return UUID.fromString(value);
    }
}
