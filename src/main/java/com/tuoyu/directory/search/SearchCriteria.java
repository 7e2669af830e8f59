package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A checked directory search. {@code origin} is in WGS-84 whatever the client sent; {@code coordinates} is the
 * system the client speaks, used for the answer.
 */
public record SearchCriteria(
        GeoPoint origin,
        CoordinateSystem coordinates,
        int radiusMetres,
        String text,
        Integer ageMonths,
        AgeBand band,
        CareType careType,
        Boolean inclusive,
        Integer feeMin,
        Integer feeMax,
        Boolean vacancy,
        Set<OperatingModel> operatingModels,
        Boolean meals,
        LocalDateTime openAt,
        String division,
        SearchSort sort,
        int size,
        String cursor,
        boolean includeMeals,
        Boolean ratiosMeetStandard,
        Boolean noRecentPenalty,
        Integer inspectedWithinMonths,
        List<QueryWords.Word> appliedFromQuery) {

    /** A penalty decided within this many months before today is recent: the card warns and noRecentPenalty filters. */
    public static final int RECENT_PENALTY_MONTHS = 24;
    /** Without inspectedWithinMonths, a card warns when the last inspection is older than this (or there is none). */
    public static final int INSPECTION_DUE_MONTHS = 12;
    public static final int MAX_INSPECTED_WITHIN_MONTHS = 120;

    public static final int DEFAULT_RADIUS = 3_000;
    public static final int MAX_RADIUS = 50_000;
    public static final int MAX_SIZE = 50;
    private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");

    /** Whether no nursery can match: the child is younger than any class admits. */
    public boolean admitsNoChild() {
        return ageMonths != null && band == null;
    }

    /** The band key fees and vacancies are looked up under: the child's band, or ANY. */
    public String bandKey() {
        return band == null ? "ANY" : band.name();
    }

    /** A short digest of everything that shapes the result set and its order (not the page size or cursor). */
    public String fingerprint() {
        String canonical = String.join("|", String.valueOf(origin == null ? null : origin.rounded()),
                String.valueOf(radiusMetres), String.valueOf(text), String.valueOf(ageMonths), String.valueOf(careType),
                String.valueOf(inclusive), String.valueOf(feeMin), String.valueOf(feeMax), String.valueOf(vacancy),
                String.valueOf(operatingModels), String.valueOf(meals), String.valueOf(openAt), String.valueOf(division),
                String.valueOf(sort), String.valueOf(includeMeals), String.valueOf(ratiosMeetStandard),
                String.valueOf(noRecentPenalty), String.valueOf(inspectedWithinMonths));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SearchCriteria from(SearchParameters p) {
        Errors errors = new Errors();
        CoordinateSystem coordinates = CoordinateSystem.fromParameter(p.coord);
        if (coordinates == null) {
            errors.add("coord", "must be wgs84 or gcj02");
            coordinates = CoordinateSystem.WGS84;
        }
        Double lat = errors.decimal("lat", p.lat, -90, 90);
        Double lng = errors.decimal("lng", p.lng, -180, 180);
        if ((lat == null) != (lng == null) && !errors.has("lat") && !errors.has("lng")) {
            errors.add(lat == null ? "lat" : "lng", "must be given together with " + (lat == null ? "lng" : "lat"));
        }
        GeoPoint origin = lat != null && lng != null ? coordinates.toWgs84(lat, lng) : null;
        Integer radius = errors.integer("radius", p.radius, 1, MAX_RADIUS);
        if (radius != null && origin == null && !errors.has("lat") && !errors.has("lng")) {
            errors.add("radius", "needs lat and lng");
        }
        String text = p.q == null ? null : p.q.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.length() > 50) {
            errors.add("q", "must be at most 50 characters");
        }
        // Words that name a filter apply it, unless the client set that parameter itself (then the parameter wins).
        QueryWords.Result words = QueryWords.extract(text);
        text = words.rest();
        List<QueryWords.Word> applied = new ArrayList<>();
        for (QueryWords.Word word : words.found()) {
            // Operating models add up (公办 and 民办: either); any other parameter takes the first word only.
            boolean taken = applied.stream().anyMatch(w -> w.parameter().equals(word.parameter())
                    && (!word.parameter().equals("operatingModel") || w.value().equals(word.value())));
            boolean given = switch (word.parameter()) {
                case "inclusive" -> p.inclusive != null;
                case "careType" -> p.careType != null;
                case "ageMonths" -> p.ageMonths != null;
                case "vacancy" -> p.vacancy != null;
                case "meals" -> p.meals != null;
                case "operatingModel" -> p.operatingModel != null && !p.operatingModel.isEmpty();
                default -> true;
            };
            if (!given && !taken) {
                applied.add(word);
            }
        }
        String inclusiveParameter = fromWords(applied, "inclusive", p.inclusive);
        String careTypeParameter = fromWords(applied, "careType", p.careType);
        String ageMonthsParameter = fromWords(applied, "ageMonths", p.ageMonths);
        String vacancyParameter = fromWords(applied, "vacancy", p.vacancy);
        String mealsParameter = fromWords(applied, "meals", p.meals);
        List<String> modelParameters = new ArrayList<>(p.operatingModel == null ? List.of() : p.operatingModel);
        applied.stream().filter(w -> w.parameter().equals("operatingModel")).forEach(w -> modelParameters.add(w.value()));
        Integer ageMonths = errors.integer("ageMonths", ageMonthsParameter, 0, 35);
        AgeBand band = ageMonths == null ? null : AgeBand.forMonths(ageMonths).orElse(null);
        CareType careType = errors.enumValue("careType", careTypeParameter, CareType.class);
        Boolean inclusive = errors.bool("inclusive", inclusiveParameter);
        Integer feeMin = errors.integer("feeMin", p.feeMin, 0, 1_000_000);
        Integer feeMax = errors.integer("feeMax", p.feeMax, 0, 1_000_000);
        if ((feeMin != null || feeMax != null) && careType == null && !errors.has("careType")) {
            errors.add(feeMin != null ? "feeMin" : "feeMax", "needs careType: fees differ by care type");
        }
        if (feeMin != null && feeMax != null && feeMin > feeMax) {
            errors.add("feeMin", "must not be above feeMax");
        }
        Boolean includeMeals = errors.bool("includeMeals", p.includeMeals);
        Boolean ratios = errors.bool("ratiosMeetStandard", p.ratiosMeetStandard);
        Boolean noRecentPenalty = errors.bool("noRecentPenalty", p.noRecentPenalty);
        Integer inspectedWithin = errors.integer("inspectedWithinMonths", p.inspectedWithinMonths, 1, MAX_INSPECTED_WITHIN_MONTHS);
        Boolean vacancy = errors.bool("vacancy", vacancyParameter);
        Set<OperatingModel> models = EnumSet.noneOf(OperatingModel.class);
        for (String value : modelParameters) {
            OperatingModel model = errors.enumValue("operatingModel", value, OperatingModel.class);
            if (model != null) {
                models.add(model);
            }
        }
        Boolean meals = errors.bool("meals", mealsParameter);
        LocalDateTime openAt = null;
        if (p.openAt != null) {
            try {
                openAt = LocalDateTime.parse(p.openAt);
            } catch (DateTimeParseException e) {
                errors.add("openAt", "must be a local date and time such as 2026-11-23T08:30");
            }
        }
        if (p.division != null && !DIVISION.matcher(p.division).matches()) {
            errors.add("division", "must be a six-digit GB/T 2260 code, e.g. 360100");
        }
        SearchSort sort = errors.enumValue("sort", p.sort == null ? null : p.sort.toUpperCase(Locale.ROOT), SearchSort.class);
        if (sort == null && !errors.has("sort")) {
            sort = origin != null ? SearchSort.DISTANCE : text != null ? SearchSort.RELEVANCE : SearchSort.QUALITY;
        }
        if (sort == SearchSort.DISTANCE && origin == null && !errors.has("lat")) {
            errors.add("sort", "distance needs lat and lng");
        }
        if (sort == SearchSort.FEE && careType == null && !errors.has("careType")) {
            errors.add("sort", "fee needs careType");
        }
        if (sort == SearchSort.RELEVANCE && text == null) {
            errors.add("sort", "relevance needs q");
        }
        Integer size = errors.integer("size", p.size, 1, MAX_SIZE);
        errors.throwIfAny();
        return new SearchCriteria(origin, coordinates, radius == null ? DEFAULT_RADIUS : radius, text, ageMonths, band,
                careType, inclusive, feeMin, feeMax, vacancy, models, meals, openAt, p.division, sort,
                size == null ? 20 : size, p.cursor, Boolean.TRUE.equals(includeMeals), ratios, noRecentPenalty,
                inspectedWithin, List.copyOf(applied));
    }

    /** The parameter as the client sent it, else the value a word of the query gave it. */
    private static String fromWords(List<QueryWords.Word> applied, String parameter, String sent) {
        return sent != null ? sent : applied.stream().filter(w -> w.parameter().equals(parameter))
                .map(QueryWords.Word::value).findFirst().orElse(null);
    }

    /** Collects every refused parameter so the client learns all of them at once. */
    static final class Errors {
        private final List<Problem.FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new Problem.FieldError(field, message));
        }

        boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        Double decimal(String field, String value, double min, double max) {
            if (value == null) {
                return null;
            }
            try {
                double parsed = Double.parseDouble(value);
                if (Double.isFinite(parsed) && parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            add(field, "must be a number from " + (long) min + " to " + (long) max);
            return null;
        }

        Integer integer(String field, String value, int min, int max) {
            if (value == null) {
                return null;
            }
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            add(field, "must be a whole number from " + min + " to " + max);
            return null;
        }

        Boolean bool(String field, String value) {
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    add(field, "must be true or false");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .map(name -> type == SearchSort.class ? name.toLowerCase(Locale.ROOT) : name)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                String detail = errors.stream().map(e -> "'" + e.field() + "' " + e.message())
                        .collect(Collectors.joining("; "));
                throw new ProblemException(ProblemType.VALIDATION, "Invalid search: " + detail + ".", List.copyOf(errors));
            }
        }
    }
}
