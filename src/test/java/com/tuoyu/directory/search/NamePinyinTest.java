package com.tuoyu.directory.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pinyin the index stores for nursery names as they are written in registers, polyphones included: 乐 in 快乐
 * (le) and 音乐 (yue), 长 in 长安 (chang) and 成长 (zhang), 重 in 重庆 (chong) and 重点 (zhong), and place names
 * with a reading of their own (厦门, 六安, 蚌埠, 番禺).
 */
class NamePinyinTest {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("快乐宝贝托育中心", "kuai le bao bei tuo yu zhong xin");
        NAMES.put("音乐宝贝早教托育园", "yin yue bao bei zao jiao tuo yu yuan");
        NAMES.put("快乐音乐托育园", "kuai le yin yue tuo yu yuan");
        NAMES.put("乐乐托育中心", "le le tuo yu zhong xin");
        NAMES.put("欢乐谷托育园", "huan le gu tuo yu yuan");
        NAMES.put("童乐园托育中心", "tong le yuan tuo yu zhong xin");
        NAMES.put("小小音乐家托育中心", "xiao xiao yin yue jia tuo yu zhong xin");
        NAMES.put("长安区快乐成长托育中心", "chang an qu kuai le cheng zhang tuo yu zhong xin");
        NAMES.put("茁壮成长托育园", "zhuo zhuang cheng zhang tuo yu yuan");
        NAMES.put("长沙市天心区阳光托育园", "chang sha shi tian xin qu yang guang tuo yu yuan");
        NAMES.put("长春市朝阳区爱心托育中心", "chang chun shi chao yang qu ai xin tuo yu zhong xin");
        NAMES.put("成长树托育中心", "cheng zhang shu tuo yu zhong xin");
        NAMES.put("家长学堂亲子托育园", "jia zhang xue tang qin zi tuo yu yuan");
        NAMES.put("长大了托育园", "zhang da le tuo yu yuan");
        NAMES.put("长江路社区托育服务中心", "chang jiang lu she qu tuo yu fu wu zhong xin");
        NAMES.put("重庆市渝中区童心托育园", "chong qing shi yu zhong qu tong xin tuo yu yuan");
        NAMES.put("重阳社区嵌入式托育点", "chong yang she qu qian ru shi tuo yu dian");
        NAMES.put("重点托育示范园", "zhong dian tuo yu shi fan yuan");
        NAMES.put("厦门市思明区小海豚托育中心", "xia men shi si ming qu xiao hai tun tuo yu zhong xin");
        NAMES.put("金色大厦托育中心", "jin se da sha tuo yu zhong xin");
        NAMES.put("六安市贝贝托育园", "lu an shi bei bei tuo yu yuan");
        NAMES.put("蚌埠市禹会区星星托育园", "beng bu shi yu hui qu xing xing tuo yu yuan");
        NAMES.put("广州市番禺区小天使托育中心", "guang zhou shi pan yu qu xiao tian shi tuo yu zhong xin");
        NAMES.put("成都市武侯区熊猫宝宝托育园", "cheng du shi wu hou qu xiong mao bao bao tuo yu yuan");
        NAMES.put("西藏拉萨格桑花托育园", "xi zang la sa ge sang hua tuo yu yuan");
        NAMES.put("宝藏小屋托育中心", "bao zang xiao wu tuo yu zhong xin");
        NAMES.put("朝气蓬勃托育园", "zhao qi peng bo tuo yu yuan");
        NAMES.put("朝霞托育中心", "zhao xia tuo yu zhong xin");
        NAMES.put("建设银行职工托育园", "jian she yin hang zhi gong tuo yu yuan");
        NAMES.put("行知托育中心", "xing zhi tuo yu zhong xin");
        NAMES.put("调皮熊托育园", "tiao pi xiong tuo yu yuan");
        NAMES.put("好好睡觉托育园", "hao hao shui jiao tuo yu yuan");
        NAMES.put("南昌市东湖区小太阳托育中心", "nan chang shi dong hu qu xiao tai yang tuo yu zhong xin");
        NAMES.put("曾家湾社区托育点", "zeng jia wan she qu tuo yu dian");
        NAMES.put("都市宝贝托育中心", "du shi bao bei tuo yu zhong xin");
        NAMES.put("薄荷叶托育园", "bo he ye tuo yu yuan");
        NAMES.put("暖和小窝托育园", "nuan huo xiao wo tuo yu yuan");
        NAMES.put("和平路托育中心", "he ping lu tuo yu zhong xin");
        NAMES.put("好奇宝宝托育园", "hao qi bao bao tuo yu yuan");
        NAMES.put("兴趣岛托育中心", "xing qu dao tuo yu zhong xin");
        NAMES.put("单县爱贝托育园", "shan xian ai bei tuo yu yuan");
        NAMES.put("单亲家庭互助托育点", "dan qin jia ting hu zhu tuo yu dian");
        NAMES.put("铅山县启蒙托育园", "yan shan xian qi meng tuo yu yuan");
        NAMES.put("乐清市蓓蕾托育中心", "yue qing shi bei lei tuo yu zhong xin");
        NAMES.put("乐山市嘉州托育园", "le shan shi jia zhou tuo yu yuan");
        NAMES.put("长乐区福乐托育园", "chang le qu fu le tuo yu yuan");
        NAMES.put("绿叶托育中心", "lv ye tuo yu zhong xin");
        NAMES.put("小角色托育园", "xiao jue se tuo yu yuan");
        NAMES.put("传记绘本托育馆", "zhuan ji hui ben tuo yu guan");
        NAMES.put("传承托育中心", "chuan cheng tuo yu zhong xin");
        NAMES.put("了解宝宝托育园", "liao jie bao bao tuo yu yuan");
        NAMES.put("仔仔托育园", "zai zai tuo yu yuan");
        NAMES.put("兰州市城关区阳光宝贝托育中心", "lan zhou shi cheng guan qu yang guang bao bei tuo yu zhong xin");
        NAMES.put("承德市双桥区童趣托育园", "cheng de shi shuang qiao qu tong qu tuo yu yuan");
        NAMES.put("忻州市忻府区乐学托育园", "xin zhou shi xin fu qu le xue tuo yu yuan");
        NAMES.put("Baby乐托育中心", "baby le tuo yu zhong xin");
        NAMES.put("爱乐幼儿园托班", "ai le you er yuan tuo ban");
        NAMES.put("声乐启蒙托育园", "sheng yue qi meng tuo yu yuan");
        NAMES.put("快乐地成长托育园", "kuai le de cheng zhang tuo yu yuan");
        NAMES.put("华夏托育中心", "hua xia tuo yu zhong xin");
    }

    @Test
    void namesReadAsParentsSayThem() {
        assertThat(NAMES).hasSizeGreaterThanOrEqualTo(50);
        Map<String, String> wrong = new LinkedHashMap<>();
        NAMES.forEach((name, expected) -> {
            String actual = NamePinyin.spaced(name);
            if (!actual.equals(expected)) {
                wrong.put(name, actual + " (expected " + expected + ")");
            }
        });
        assertThat(wrong).as("names read wrongly").isEmpty();
    }

    @Test
    void typedPinyinIsAPrefixOfAStoredSuffix() {
        assertThat(NamePinyin.suffixes("快乐宝贝托育中心")).contains("kuailebaobeituoyuzhongxin", "baobeituoyuzhongxin");
        assertThat(NamePinyin.initialSuffixes("快乐宝贝托育中心")).contains("klbbtyzx", "bbtyzx");
        assertThat(NamePinyin.suffixes("快乐宝贝托育中心")).anyMatch(s -> s.startsWith(NamePinyin.normalise("kuai'le")));
        assertThat(NamePinyin.suffixes("音乐宝贝")).noneMatch(s -> s.startsWith("kuaile"));
    }

    @Test
    void onlyLatinLettersArePinyin() {
        assertThat(NamePinyin.isPinyinQuery("kuaile")).isTrue();
        assertThat(NamePinyin.isPinyinQuery("Kuai Le")).isTrue();
        assertThat(NamePinyin.isPinyinQuery("klbb")).isTrue();
        assertThat(NamePinyin.isPinyinQuery("快乐")).isFalse();
        assertThat(NamePinyin.isPinyinQuery("k")).isFalse();
        assertThat(NamePinyin.isPinyinQuery("128号")).isFalse();
    }
}
