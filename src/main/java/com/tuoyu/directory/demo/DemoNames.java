package com.tuoyu.directory.demo;

/**
 * The rule demo names keep: no word said twice. "快乐宝贝宝贝之家" repeats 宝贝 where a brand ends with the word a
 * suffix starts with, and "南昌市市第一人民医院" doubles 市 where a city's name meets an employer written with 市; a
 * register would hold neither. Reduplicated brands (贝贝, 朵朵) are one word and stay.
 */
final class DemoNames {

    private static final String ADMINISTRATIVE = "省市区县";

    private DemoNames() {
    }

    /** Whether a two-character word occurs twice, or an administrative character (市, 区...) is doubled. */
    static boolean hasDoubledWord(String name) {
        for (int i = 0; i + 1 < name.length(); i++) {
            char c = name.charAt(i);
            if (c == name.charAt(i + 1) && ADMINISTRATIVE.indexOf(c) >= 0) {
                return true;
            }
            if (name.indexOf(name.substring(i, i + 2), i + 2) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether two parts share a character: a brand and a suffix that do ("快乐宝贝" and "宝贝之家") read as doubled. */
    static boolean share(String a, String b) {
        return a.chars().anyMatch(c -> b.indexOf(c) >= 0);
    }
}
