package com.tuoyu.directory.complaint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Values cut to WeChat's subscribe-message limits by the keyword's type. */
class WeChatFieldsTest {

    @Test
    void aThingIsAtMostTwentyCharactersEndingInAnEllipsisWhenCut() {
        assertThat(WeChatFields.fit("thing4", "投诉已办结，欢迎评价")).isEqualTo("投诉已办结，欢迎评价");
        String cut = WeChatFields.fit("thing12", "这是一段超过二十个字的备注文字，需要被截断以符合微信的限制");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(20);
        assertThat(cut).endsWith("…").startsWith("这是一段超过二十个字的备注文字");
    }

    @Test
    void aPhraseKeepsAtMostFiveChineseCharacters() {
        assertThat(WeChatFields.fit("phrase2", "已受理")).isEqualTo("已受理");
        assertThat(WeChatFields.fit("phrase2", "不予受理 (REJECTED)")).isEqualTo("不予受理");
        assertThat(WeChatFields.fit("phrase7", "投诉已经办结完毕")).isEqualTo("投诉已经办");
    }

    @Test
    void aCharacterStringKeepsOnlyPrintableAsciiUpToThirtyTwo() {
        assertThat(WeChatFields.fit("character_string1", "TS20261123-000042")).isEqualTo("TS20261123-000042");
        assertThat(WeChatFields.fit("character_string1", "编号TS1 2")).isEqualTo("TS12");
        assertThat(WeChatFields.fit("character_string3", "A".repeat(40))).hasSize(32);
    }

    @Test
    void otherTypesFollowTheirOwnLimitsAndNullBecomesEmpty() {
        assertThat(WeChatFields.fit("name1", "一二三四五六七八九十十一")).hasSize(10);
        assertThat(WeChatFields.fit("number5", "共 12.5 元")).isEqualTo("12.5");
        assertThat(WeChatFields.fit("phone_number2", "138-1234-5678 转 1")).isEqualTo("138-1234-56781");
        assertThat(WeChatFields.fit("time3", "2026年11月23日 10:00")).isEqualTo("2026年11月23日 10:00");
        assertThat(WeChatFields.fit("thing1", null)).isEmpty();
        assertThat(WeChatFields.type("character_string12")).isEqualTo("character_string");
    }
}
