package com.tuoyu.directory.platform.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A {@link Text} in an answer is written as one string, in the answer's language ({@link AnswerLanguage}), or in the
 * language a writer was given as its {@code Language.class} attribute.
 */
@Singleton
public class TextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("answer-language").addSerializer(Text.class, new InAnswerLanguage()));
    }

    private static final class InAnswerLanguage extends StdSerializer<Text> {

        InAnswerLanguage() {
            super(Text.class);
        }

        @Override
        public void serialize(Text value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            // A writer may fix the language (a page cached per language); else it is the request's.
            Object fixed = provider.getAttribute(Language.class);
            generator.writeString(value.in(fixed instanceof Language language ? language : AnswerLanguage.current()));
        }
    }
}
