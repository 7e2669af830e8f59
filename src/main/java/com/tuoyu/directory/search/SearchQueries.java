package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Turns checked criteria into Elasticsearch filters; shared by lists, maps and suggestions. */
final class SearchQueries {

    /** A vacancy report older than this many days is not trusted. */
    static final int VACANCY_FRESH_DAYS = 30;

    private SearchQueries() {
    }

    static Query listed() {
        return Query.of(q -> q.term(t -> t.field("listed").value(true)));
    }

    /** Every filter of the criteria except location and text; {@code today} is China's date. */
    static void filters(BoolQuery.Builder bool, SearchCriteria c, LocalDate today) {
        bool.filter(listed());
        if (c.admitsNoChild()) {
            bool.filter(q -> q.matchNone(m -> m));
        }
        if (c.band() != null) {
            bool.filter(term("ageBands", c.band().name()));
        }
        if (c.careType() != null) {
            bool.filter(term("careTypes", c.careType().name()));
        }
        if (c.inclusive() != null) {
            bool.filter(q -> q.term(t -> t.field("inclusive").value(c.inclusive())));
        }
        if (c.feeMin() != null || c.feeMax() != null) {
            String field = feeField(c);
            bool.filter(q -> q.range(r -> r.number(n -> {
                n.field(field);
                if (c.feeMin() != null) {
                    n.gte(c.feeMin().doubleValue());
                }
                if (c.feeMax() != null) {
                    n.lte(c.feeMax().doubleValue());
                }
                return n;
            })));
        }
        if (c.vacancy() != null) {
            Query fresh = freshVacancy(c.bandKey(), today);
            if (c.vacancy()) {
                bool.filter(fresh);
            } else {
                bool.mustNot(fresh);
            }
        }
        if (!c.operatingModels().isEmpty()) {
            List<FieldValue> models = c.operatingModels().stream().map(m -> FieldValue.of(m.name())).toList();
            bool.filter(q -> q.terms(t -> t.field("operatingModel").terms(v -> v.value(models))));
        }
        if (c.meals() != null) {
            bool.filter(q -> q.term(t -> t.field("mealsProvided").value(c.meals())));
        }
        if (c.openAt() != null) {
            int minute = c.openAt().getHour() * 60 + c.openAt().getMinute();
            bool.filter(term("openDays", dayKey(c.openAt().getDayOfWeek())));
            bool.filter(q -> q.range(r -> r.number(n -> n.field("opensAtMinute").lte((double) minute))));
            bool.filter(q -> q.range(r -> r.number(n -> n.field("closesAtMinute").gt((double) minute))));
        }
        if (c.division() != null) {
            bool.filter(term("divisionPath", c.division()));
        }
        if (c.ratiosMeetStandard() != null) {
            bool.filter(q -> q.term(t -> t.field("ratiosMeetStandard").value(c.ratiosMeetStandard())));
        }
        if (c.noRecentPenalty() != null) {
            Query recent = onOrAfter("lastPenaltyOn", recentPenaltyFrom(today));
            if (c.noRecentPenalty()) {
                bool.mustNot(recent);
            } else {
                bool.filter(recent);
            }
        }
        if (c.inspectedWithinMonths() != null) {
            bool.filter(onOrAfter("lastInspectedOn", today.minusMonths(c.inspectedWithinMonths())));
        }
    }

    /** The field a fee range and the fee sort use: the lowest fee, with meals when the search says so. */
    static String feeField(SearchCriteria c) {
        return (c.includeMeals() ? "feesWithMeals." : "fees.") + NurseryDocument.feeKey(c.careType().name(), c.bandKey());
    }

    /** The first day on which a penalty counts as recent (the last 24 months up to today, China's date). */
    static LocalDate recentPenaltyFrom(LocalDate today) {
        return today.minusMonths(SearchCriteria.RECENT_PENALTY_MONTHS);
    }

    /** Dates are stored, not verdicts: "recent" and "within N months" are judged against today at query time. */
    private static Query onOrAfter(String field, LocalDate day) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(day.toString()))));
    }

    /** A free place in the band, reported no more than 30 days before today (China's date, not the server's). */
    static Query freshVacancy(String bandKey, LocalDate today) {
        String cutoff = today.minusDays(VACANCY_FRESH_DAYS).toString();
        return Query.of(q -> q.bool(b -> b
                .filter(term("vacancyBands", bandKey))
                .filter(f -> f.range(r -> r.date(d -> d.field("vacancyAsOf").gte(cutoff))))));
    }

    /**
     * Chinese text without a Chinese analyzer: every character of the query must occur (unigrams, across name,
     * operator and address), and whole phrases and character pairs rank higher.
     */
    static void text(BoolQuery.Builder bool, String text) {
        if (NamePinyin.isPinyinQuery(text)) {
            pinyin(bool, text);
            return;
        }
        bool.must(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                .fields("name^3", "operatorName", "address^1.5")));
        bool.should(q -> q.matchPhrase(m -> m.field("name").query(text).boost(5f)));
        bool.should(q -> q.matchPhrase(m -> m.field("address").query(text).boost(2f)));
        bool.should(q -> q.multiMatch(m -> m.query(text).fields("name.bigram^2", "operatorName.bigram", "address.bigram")));
    }

    /**
     * Pinyin typed for a name: a prefix of the full pinyin or of the initials from any syllable on (the index stores
     * those suffixes, {@link NamePinyin}); Latin text in a name or address still matches as text. Full pinyin ranks
     * above initials, which are shorter and so match more names by chance.
     */
    private static void pinyin(BoolQuery.Builder bool, String text) {
        String typed = NamePinyin.normalise(text);
        bool.must(q -> q.bool(b -> b
                .should(s -> s.prefix(p -> p.field("namePinyin").value(typed).boost(3f)))
                .should(s -> s.prefix(p -> p.field("nameInitials").value(typed)))
                .should(s -> s.multiMatch(m -> m.query(text).operator(Operator.And).fields("name", "operatorName", "address")))
                .minimumShouldMatch("1")));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static String dayKey(DayOfWeek day) {
        return day.name().substring(0, 3).toUpperCase(Locale.ROOT);
    }

}
