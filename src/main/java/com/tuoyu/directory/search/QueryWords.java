package com.tuoyu.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words parents type into the search box that name a filter, not text in a nursery's name or address: 普惠 is the
 * inclusive flag and 全日托 a care type, and matching them as characters finds nothing (or the wrong nurseries). They
 * are taken out of {@code q} and applied as the filter they mean; the answer lists them ({@code appliedFromQuery}).
 * Longer words come first, so 民办公助 is not read as 民办.
 */
final class QueryWords {

    /** One word found in the query and the filter parameter it stands for. */
    record Word(String word, String parameter, String value) {
    }

    private static final List<Word> WORDS = List.of(
            new Word("民办公助", "operatingModel", "PRIVATE_AIDED"),
            new Word("公建民营", "operatingModel", "PUBLIC_PRIVATE"),
            new Word("社区嵌入式", "operatingModel", "COMMUNITY"),
            new Word("幼儿园托班", "operatingModel", "KINDERGARTEN"),
            new Word("托幼一体", "operatingModel", "KINDERGARTEN"),
            new Word("单位办", "operatingModel", "EMPLOYER"),
            new Word("公办", "operatingModel", "PUBLIC"),
            new Word("民办", "operatingModel", "PRIVATE"),
            new Word("非普惠", "inclusive", "false"),
            new Word("普惠性", "inclusive", "true"),
            new Word("普惠", "inclusive", "true"),
            new Word("全日托", "careType", "FULL_DAY"),
            new Word("半日托", "careType", "HALF_DAY"),
            new Word("计时托", "careType", "HOURLY"),
            new Word("临时托", "careType", "TEMPORARY"),
            new Word("乳儿班", "ageMonths", "6"),
            new Word("托小班", "ageMonths", "12"),
            new Word("托大班", "ageMonths", "24"),
            new Word("有空位", "vacancy", "true"),
            new Word("有余位", "vacancy", "true"),
            new Word("有托位", "vacancy", "true"),
            new Word("提供餐食", "meals", "true"),
            new Word("供餐", "meals", "true"));

    /** What is left once filter words are out: generic words that every nursery's name would (not) contain. */
    private static final Pattern ONLY_GENERIC = Pattern.compile(
            "^(托育中心|托育园|托育机构|托育点|托育服务|托育|托儿所|机构|附近|的|和|、|,|，|\\s)*$");

    private QueryWords() {
    }

    /** The query without its filter words, and the words found, in the order of {@link #WORDS}. */
    record Result(String rest, List<Word> found) {
    }

    static Result extract(String text) {
        if (text == null) {
            return new Result(null, List.of());
        }
        String rest = text;
        List<Word> found = new ArrayList<>();
        for (Word word : WORDS) {
            if (rest.contains(word.word())) {
                found.add(word);
                rest = rest.replace(word.word(), " ");
            }
        }
        if (found.isEmpty()) {
            return new Result(text, List.of());
        }
        rest = ONLY_GENERIC.matcher(rest).matches() ? null : rest.replaceAll("\\s+", " ").strip();
        return new Result(rest == null || rest.isEmpty() ? null : rest, List.copyOf(found));
    }
}
