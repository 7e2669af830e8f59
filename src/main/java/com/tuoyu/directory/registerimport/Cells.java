package com.tuoyu.directory.registerimport;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets.SheetRow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Reads one row's cells, collecting every error instead of stopping at the first. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Cells {
    private final SheetRow row;
    final List<CellProblem> errors = new ArrayList<>();

    void error(Column column, String zh, String en) {
        error(column.key, zh, en);
    }

    void error(String column, String zh, String en) {
        errors.add(CellProblem.of(column, zh, en));
    }

    String text(Column column, boolean required) {
        String value = row.value(column.names);
        if (value == null && required) {
            error(column, "必须填写", "is required");
        }
        return value;
    }

    <E extends Enum<E>> E choice(Column column, Class<E> type, Function<E, String> label, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || label.apply(constant).equals(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name() + " (" + label.apply(constant) + ")");
            labels.add(label.apply(constant));
        }
        error(column, "“" + value + "”不是可选值，应为：" + String.join("、", labels),
                "'" + value + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    Boolean bool(Column column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有" -> {
                return true;
            }
            case "false", "no", "n", "0", "否", "无" -> {
                return false;
            }
            default -> {
                error(column, "“" + value + "”应填“是”或“否”", "'" + value + "' is not yes or no (是/否)");
                return null;
            }
        }
    }

    Integer integer(Column column, boolean required, int min, int max) {
        String value = text(column, required);
        return value == null ? null : integer(column.key, value, min, max);
    }

    Integer integer(List<String> names, int min, int max) {
        String value = row.value(names);
        return value == null ? null : integer(names.get(0), value, min, max);
    }

    private Integer integer(String column, String value, int min, int max) {
        try {
            BigDecimal number = new BigDecimal(value.replace(",", ""));
            if (number.stripTrailingZeros().scale() > 0) {
                error(column, "“" + value + "”必须是整数", "'" + value + "' must be a whole number");
                return null;
            }
            int whole = number.intValueExact();
            if (whole < min || whole > max) {
                error(column, whole + " 不在 " + min + " 到 " + max + " 之间", whole + " is outside " + min + " to " + max);
                return null;
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            error(column, "“" + value + "”不是数字", "'" + value + "' is not a number");
            return null;
        }
    }

    Double decimal(Column column, boolean required, double min, double max) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!(number >= min && number <= max)) {
                error(column, value + " 不在 " + min + " 到 " + max + " 之间（中国大陆，GCJ-02 坐标）",
                        value + " is outside " + min + " to " + max + " (mainland China, GCJ-02)");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(column, "“" + value + "”不是数字（如 115.8995）", "'" + value + "' is not a decimal number");
            return null;
        }
    }

    /** A share between 0 and 1, also accepted as a percentage ({@code 85%} or {@code 85}). */
    BigDecimal share(Column column) {
        String value = text(column, false);
        if (value == null) {
            return null;
        }
        try {
            boolean percent = value.endsWith("%");
            BigDecimal number = new BigDecimal(percent ? value.substring(0, value.length() - 1).strip() : value);
            if (percent || number.compareTo(BigDecimal.ONE) > 0) {
                number = number.movePointLeft(2);
            }
            if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
                error(column, value + " 不是 0 到 1（或 0% 到 100%）之间的比例", value + " is not a share between 0 and 1 (or 0% and 100%)");
                return null;
            }
            return number.setScale(3, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            error(column, "“" + value + "”不是比例（如 85%）", "'" + value + "' is not a share");
            return null;
        }
    }

    /** A date in ISO form or with slashes or Chinese units; {@code notAfter}, when given, is the latest allowed. */
    LocalDate date(Column column, boolean required, LocalDate notAfter) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        String iso = value.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "");
        try {
            String[] parts = iso.split("-");
            if (parts.length != 3) {
                throw new DateTimeParseException("not three parts", iso, 0);
            }
            LocalDate date = LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
            if (notAfter != null && date.isAfter(notAfter)) {
                error(column, date + " 晚于今天", date + " is in the future");
                return null;
            }
            return date;
        } catch (RuntimeException e) {
            error(column, "“" + value + "”不是日期（请写作 2026-03-01）", "'" + value + "' is not a date (write 2026-03-01)");
            return null;
        }
    }

    LocalTime time(Column column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            String normalised = value.replace('：', ':');
            return LocalTime.parse(normalised.length() == 4 ? "0" + normalised : normalised);
        } catch (DateTimeParseException e) {
            error(column, "“" + value + "”不是时刻（请写作 07:30）", "'" + value + "' is not a time of day (write 07:30)");
            return null;
        }
    }

    /** Opening days as ISO numbers, a range ({@code 1-5}) or Chinese (周一至周五). Defaults to Monday to Friday. */
    Set<DayOfWeek> days(Column column) {
        String value = text(column, false);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (value == null) {
            days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            return days;
        }
        String normalised = value.replace("周一", "1").replace("周二", "2").replace("周三", "3").replace("周四", "4")
                .replace("周五", "5").replace("周六", "6").replace("周日", "7").replace("至", "-").replace("~", "-")
                .replace("、", ",").replace("，", ",").replace(" ", "");
        try {
            for (String part : normalised.split(",")) {
                String[] range = part.split("-");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (range.length > 2 || from > to) {
                    throw new IllegalArgumentException(part);
                }
                days.addAll(EnumSet.range(DayOfWeek.of(from), DayOfWeek.of(to)));
            }
            return days;
        } catch (RuntimeException e) {
            error(column, "“" + value + "”不是开放日（周一至周五请写作 1-5 或 周一至周五）",
                    "'" + value + "' is not a list of days (write 1-5 for Monday to Friday)");
            return days;
        }
    }

    Set<CareType> careTypes(Column column) {
        String value = text(column, true);
        Set<CareType> types = EnumSet.noneOf(CareType.class);
        if (value == null) {
            return types;
        }
        for (String part : value.split("[,;，；、/ ]+")) {
            CareType found = null;
            for (CareType type : CareType.values()) {
                if (type.name().equalsIgnoreCase(part.strip()) || type.label().equals(part.strip())) {
                    found = type;
                }
            }
            if (found == null) {
                error(column, "“" + part + "”不是托育类型：应为全日托、半日托、计时托或临时托",
                        "'" + part + "' is not a care type: FULL_DAY (全日托), HALF_DAY (半日托), HOURLY (计时托) or TEMPORARY (临时托)");
            } else {
                types.add(found);
            }
        }
        return types;
    }
}
