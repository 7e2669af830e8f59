package com.tuoyu.directory.platform.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/** A {@link Text} in an answer is written as one string, in the answer's language ({@link AnswerLanguage}). */
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
            generator.writeString(value.in(AnswerLanguage.current()));
        }
    }
}
