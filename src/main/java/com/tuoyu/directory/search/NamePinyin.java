package com.tuoyu.directory.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pinyin of a nursery name, computed when indexing because the test build of Elasticsearch has no analysis
 * plugins. pinyin4j knows every reading of a character but not which one a word uses, and its first reading is
 * sometimes the rare one (长 zhang, 都 dou); so a character's usual reading in names comes from {@link #USUAL}, and
 * the words where a polyphone reads otherwise from {@link #WORDS}, longest first (音乐 yue, 成长 zhang, 重庆 chong).
 * Tones are dropped and ü is written v, as parents type them.
 *
 * <p>{@link #suffixes} is what the index stores: the joined syllables from each syllable on ("kuailebaobei",
 * "lebaobei", ...), so a prefix query on a keyword field finds a typed "kuaile" or "baobei" without any analyzer.
 */
final class NamePinyin {

    /** The reading a polyphonic character has in names unless a word of {@link #WORDS} says otherwise. */
    private static final Map<Character, String> USUAL = Map.ofEntries(
            Map.entry('长', "chang"), Map.entry('都', "du"), Map.entry('曾', "zeng"), Map.entry('厦', "xia"),
            Map.entry('藏', "cang"), Map.entry('仔', "zai"), Map.entry('和', "he"), Map.entry('地', "di"),
            Map.entry('了', "le"), Map.entry('差', "cha"), Map.entry('解', "jie"), Map.entry('圈', "quan"),
            Map.entry('华', "hua"), Map.entry('行', "xing"), Map.entry('乐', "le"), Map.entry('重', "zhong"),
            Map.entry('朝', "chao"), Map.entry('区', "qu"), Map.entry('单', "dan"), Map.entry('六', "liu"),
            Map.entry('会', "hui"), Map.entry('传', "chuan"), Map.entry('大', "da"), Map.entry('调', "diao"),
            Map.entry('觉', "jue"), Map.entry('还', "hai"), Map.entry('参', "can"), Map.entry('便', "bian"),
            Map.entry('弹', "dan"), Map.entry('石', "shi"), Map.entry('番', "fan"), Map.entry('莘', "xin"),
            Map.entry('铅', "qian"), Map.entry('率', "lv"), Map.entry('降', "jiang"), Map.entry('省', "sheng"),
            Map.entry('着', "zhe"), Map.entry('儿', "er"), Map.entry('谷', "gu"), Map.entry('育', "yu"),
            Map.entry('女', "nv"), Map.entry('绿', "lv"), Map.entry('蚌', "bang"), Map.entry('角', "jiao"),
            Map.entry('盛', "sheng"), Map.entry('系', "xi"), Map.entry('相', "xiang"), Map.entry('奇', "qi"),
            Map.entry('落', "luo"), Map.entry('露', "lu"), Map.entry('薄', "bo"), Map.entry('给', "gei"),
            Map.entry('种', "zhong"), Map.entry('少', "shao"), Map.entry('應', "ying"), Map.entry('应', "ying"),
            Map.entry('空', "kong"), Map.entry('佛', "fo"), Map.entry('万', "wan"), Map.entry('车', "che"),
            Map.entry('提', "ti"), Map.entry('泊', "bo"), Map.entry('秘', "mi"), Map.entry('扎', "zha"),
            Map.entry('茜', "qian"), Map.entry('贾', "jia"), Map.entry('宿', "su"), Map.entry('数', "shu"),
            Map.entry('处', "chu"), Map.entry('得', "de"), Map.entry('的', "de"), Map.entry('为', "wei"),
            Map.entry('中', "zhong"), Map.entry('将', "jiang"), Map.entry('好', "hao"), Map.entry('只', "zhi"),
            Map.entry('没', "mei"), Map.entry('兴', "xing"), Map.entry('教', "jiao"), Map.entry('更', "geng"),
            Map.entry('分', "fen"), Map.entry('几', "ji"), Map.entry('量', "liang"), Map.entry('宁', "ning"),
            Map.entry('正', "zheng"), Map.entry('发', "fa"), Map.entry('难', "nan"), Map.entry('似', "si"),
            Map.entry('禅', "chan"), Map.entry('哈', "ha"), Map.entry('血', "xue"), Map.entry('亲', "qin"),
            Map.entry('看', "kan"), Map.entry('吗', "ma"), Map.entry('咖', "ka"), Map.entry('卡', "ka"),
            Map.entry('尾', "wei"), Map.entry('粥', "zhou"), Map.entry('嗯', "en"), Map.entry('呵', "he"),
            Map.entry('朵', "duo"), Map.entry('沈', "shen"), Map.entry('芥', "jie"), Map.entry('柏', "bai"),
            Map.entry('查', "cha"), Map.entry('仇', "qiu"), Map.entry('覃', "qin"));

    /** Words in which a polyphone reads other than {@link #USUAL}: place names first, then common words in names. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("重庆", "chong qing"), Map.entry("重阳", "chong yang"), Map.entry("重新", "chong xin"),
            Map.entry("重逢", "chong feng"), Map.entry("厦门", "xia men"), Map.entry("大厦", "da sha"),
            Map.entry("广厦", "guang sha"), Map.entry("六安", "lu an"), Map.entry("六合", "lu he"),
            Map.entry("蚌埠", "beng bu"), Map.entry("番禺", "pan yu"), Map.entry("铅山", "yan shan"),
            Map.entry("莘县", "shen xian"), Map.entry("单县", "shan xian"), Map.entry("西藏", "xi zang"),
            Map.entry("宝藏", "bao zang"), Map.entry("音乐", "yin yue"), Map.entry("乐器", "yue qi"),
            Map.entry("乐团", "yue tuan"), Map.entry("声乐", "sheng yue"), Map.entry("器乐", "qi yue"),
            Map.entry("乐曲", "yue qu"), Map.entry("乐理", "yue li"), Map.entry("乐谱", "yue pu"),
            Map.entry("礼乐", "li yue"), Map.entry("乐章", "yue zhang"), Map.entry("乐府", "yue fu"),
            Map.entry("成长", "cheng zhang"), Map.entry("长大", "zhang da"), Map.entry("家长", "jia zhang"),
            Map.entry("园长", "yuan zhang"), Map.entry("校长", "xiao zhang"), Map.entry("生长", "sheng zhang"),
            Map.entry("长高", "zhang gao"), Map.entry("助长", "zhu zhang"), Map.entry("师长", "shi zhang"),
            Map.entry("兄长", "xiong zhang"), Map.entry("长辈", "zhang bei"), Map.entry("银行", "yin hang"),
            Map.entry("行业", "hang ye"), Map.entry("朝气", "zhao qi"), Map.entry("朝霞", "zhao xia"),
            Map.entry("朝夕", "zhao xi"), Map.entry("今朝", "jin zhao"), Map.entry("朝露", "zhao lu"),
            Map.entry("曾经", "ceng jing"), Map.entry("会计", "kuai ji"), Map.entry("传记", "zhuan ji"),
            Map.entry("大夫", "dai fu"), Map.entry("调皮", "tiao pi"), Map.entry("协调", "xie tiao"),
            Map.entry("空调", "kong tiao"), Map.entry("睡觉", "shui jiao"), Map.entry("午觉", "wu jiao"),
            Map.entry("人参", "ren shen"), Map.entry("便宜", "pian yi"), Map.entry("弹琴", "tan qin"),
            Map.entry("弹跳", "tan tiao"), Map.entry("出差", "chu chai"), Map.entry("了解", "liao jie"),
            Map.entry("反省", "fan xing"), Map.entry("角色", "jue se"), Map.entry("主角", "zhu jue"),
            Map.entry("数数", "shu shu"), Map.entry("相声", "xiang sheng"), Map.entry("奇数", "ji shu"),
            Map.entry("湖泊", "hu po"), Map.entry("血液", "xue ye"), Map.entry("薄荷", "bo he"),
            Map.entry("露露", "lu lu"), Map.entry("落落", "luo luo"), Map.entry("仔细", "zi xi"),
            Map.entry("和面", "huo mian"), Map.entry("暖和", "nuan huo"), Map.entry("蚌壳", "bang ke"),
            Map.entry("还原", "huan yuan"), Map.entry("归还", "gui huan"), Map.entry("单于", "chan yu"),
            Map.entry("朝鲜", "chao xian"), Map.entry("长春", "chang chun"), Map.entry("长沙", "chang sha"),
            Map.entry("长安", "chang an"), Map.entry("长征", "chang zheng"), Map.entry("长江", "chang jiang"),
            Map.entry("快乐", "kuai le"), Map.entry("乐园", "le yuan"), Map.entry("乐乐", "le le"),
            Map.entry("快乐地", "kuai le de"), Map.entry("地成长", "de cheng zhang"), Map.entry("茁壮", "zhuo zhuang"),
            Map.entry("乐清", "yue qing"), Map.entry("乐山", "le shan"), Map.entry("乐亭", "lao ting"),
            Map.entry("长乐", "chang le"), Map.entry("东阿", "dong e"), Map.entry("阿胶", "e jiao"),
            Map.entry("尉迟", "yu chi"), Map.entry("句容", "ju rong"), Map.entry("丽水", "li shui"),
            Map.entry("台州", "tai zhou"), Map.entry("天台", "tian tai"), Map.entry("吐鲁番", "tu lu fan"),
            Map.entry("洪洞", "hong tong"), Map.entry("繁峙", "fan shi"), Map.entry("大同", "da tong"),
            Map.entry("尽量", "jin liang"), Map.entry("应该", "ying gai"),
            Map.entry("好奇", "hao qi"), Map.entry("爱好", "ai hao"), Map.entry("好学", "hao xue"),
            Map.entry("兴趣", "xing qu"), Map.entry("高兴", "gao xing"), Map.entry("教育", "jiao yu"),
            Map.entry("种子", "zhong zi"), Map.entry("种植", "zhong zhi"), Map.entry("种花", "zhong hua"));

    private static final int LONGEST_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);

    private static final HanyuPinyinOutputFormat FORMAT = format();

    private NamePinyin() {
    }

    /**
     * The syllables of a text, one per Chinese character; Latin letters and digits are kept as they are (lower case,
     * one run a syllable) and anything else is dropped.
     */
    static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        if (text == null) {
            return syllables;
        }
        StringBuilder latin = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x2E80) {
                latin.append(Character.toLowerCase(c));
                i++;
                continue;
            }
            if (!latin.isEmpty()) {
                syllables.add(latin.toString());
                latin.setLength(0);
            }
            String word = longestWord(text, i);
            if (word != null) {
                syllables.addAll(List.of(WORDS.get(word).split(" ")));
                i += word.length();
                continue;
            }
            String reading = reading(c);
            if (reading != null) {
                syllables.add(reading);
            }
            i++;
        }
        if (!latin.isEmpty()) {
            syllables.add(latin.toString());
        }
        return syllables;
    }

    /** The full pinyin joined from each syllable on: "kuailebaobei", "lebaobei", "baobei", "bei". */
    static List<String> suffixes(String name) {
        List<String> syllables = syllables(name);
        Set<String> suffixes = new LinkedHashSet<>();
        for (int i = 0; i < syllables.size(); i++) {
            suffixes.add(String.join("", syllables.subList(i, syllables.size())));
        }
        return List.copyOf(suffixes);
    }

    /** The initials joined from each syllable on: "klbb", "lbb", "bb", "b". */
    static List<String> initialSuffixes(String name) {
        StringBuilder initials = new StringBuilder();
        for (String syllable : syllables(name)) {
            initials.append(syllable.charAt(0));
        }
        Set<String> suffixes = new LinkedHashSet<>();
        for (int i = 0; i < initials.length(); i++) {
            suffixes.add(initials.substring(i));
        }
        return List.copyOf(suffixes);
    }

    /** The full pinyin of a name with spaces between syllables, for tests and logs: "kuai le bao bei". */
    static String spaced(String name) {
        return String.join(" ", syllables(name));
    }

    /** Whether a query is pinyin rather than Chinese: Latin letters only (spaces and apostrophes between syllables). */
    static boolean isPinyinQuery(String text) {
        return text != null && text.matches("[A-Za-z][A-Za-z '’]*") && normalise(text).length() >= 2;
    }

    /** A typed pinyin query as the index stores it: lower case, no spaces or apostrophes, ü as v. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s'’]", "").replace('ü', 'v');
    }

    private static String longestWord(String text, int from) {
        for (int length = Math.min(LONGEST_WORD, text.length() - from); length >= 2; length--) {
            String candidate = text.substring(from, from + length);
            if (WORDS.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String reading(char c) {
        String usual = USUAL.get(c);
        if (usual != null) {
            return usual;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        return format;
    }
}
