package com.tuoyu.directory.platform.text;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The language rules every answer follows: one language per problem, both wordings always present. */
class ProblemTextsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void acceptLanguageChoosesEnglishOnlyWhenPreferredOverChinese() {
        assertThat(Language.of(null)).isEqualTo(Language.ZH);
        assertThat(Language.of("")).isEqualTo(Language.ZH);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("en-US,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.of("fr-FR,en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.of("en;q=0.5,zh;q=0.9")).isEqualTo(Language.ZH);
        assertThat(Language.of("ja")).isEqualTo(Language.ZH);
        assertThat(Language.of("*")).isEqualTo(Language.ZH);
        assertThat(Language.of("en;q=0")).isEqualTo(Language.ZH);
        assertThat(Language.of("!!not a header")).isEqualTo(Language.ZH);
        assertThat(Language.of("zh,en;q=0.8")).isEqualTo(Language.ZH);
        // As Quarkus picks Bean Validation's locale among quarkus.locales=zh-CN,en: zh-TW is not zh-CN.
        assertThat(Language.of("zh-TW,en;q=0.5")).isEqualTo(Language.EN);
    }

    @Test
    void aTextNeedsBothWordings() {
        assertThatThrownBy(() -> Text.of("中文", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of(null, "English")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProblemTypeAnswersWhollyInTheAskedLanguage() {
        for (ProblemType type : ProblemType.values()) {
            ProblemException exception = new ProblemException(type, Text.of("出错了。", "Something went wrong."),
                    List.of(FieldText.of("field", "不对", "is wrong")));
            Problem zh = exception.problem(Language.ZH);
            Problem en = exception.problem(Language.EN);
            assertThat(zh.status()).isEqualTo(type.status());
            for (String text : List.of(zh.title(), zh.detail(), zh.errors().get(0).message())) {
                assertThat(HAN.matcher(text).find()).as("%s in Chinese: %s", type, text).isTrue();
            }
            for (String text : List.of(en.title(), en.detail(), en.errors().get(0).message())) {
                assertThat(HAN.matcher(text).find()).as("%s in English: %s", type, text).isFalse();
            }
            assertThat(exception.problem()).isEqualTo(zh);
        }
    }

    @Test
    void invalidParameterNamesTheParameterInBothLanguages() {
        Problem zh = ProblemException.invalidParameter("radius", "必须在 1 到 50000 米之间", "must be between 1 and 50000 metres")
                .problem(Language.ZH);
        assertThat(zh.detail()).isEqualTo("参数 'radius' 必须在 1 到 50000 米之间");
        assertThat(zh.errors()).containsExactly(new Problem.FieldError("radius", "必须在 1 到 50000 米之间"));
    }

    /** Bean Validation messages by key: every key in the Chinese files has its English wording and the reverse. */
    @Test
    void everyValidationMessageKeyHasBothLanguages() throws IOException {
        Properties root = load("/ValidationMessages.properties");
        Properties zh = load("/ValidationMessages_zh.properties");
        Properties en = load("/ValidationMessages_en.properties");
        assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : root.stringPropertyNames()) {
            assertThat(root.getProperty(key)).isEqualTo(zh.getProperty(key));
            assertThat(HAN.matcher(zh.getProperty(key)).find()).as("Chinese %s", key).isTrue();
            assertThat(HAN.matcher(en.getProperty(key)).find()).as("English %s", key).isFalse();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
