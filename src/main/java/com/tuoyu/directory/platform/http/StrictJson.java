package com.tuoyu.directory.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/**
 * JSON is read as the contract types it: a number is not accepted for a text field (nor for a date or a choice),
 * nor a text or a number for a yes/no, nor a text for a number (a client that sends the wrong type learns it at
 * once, instead of storing "1.0E10" as a phone number), and no text may hold the NUL character, which PostgreSQL
 * refuses (it would surface as a 500 instead of the client's 400). Query, path and form parameters are checked for
 * NUL by {@link ParametersWithoutNul}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The message a refused NUL carries; the problem mapper names the field with it. */
    public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // 1 is not true; 2 is not the third category (Jackson would take an enum's index); 20000 is not a date
        // (LocalDate would read it as an epoch day). A whole number for a decimal field is still a number.
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType type : List.of(LogicalType.Enum, LogicalType.DateTime)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new WithoutNul()));
    }

    /** The standard text reader, refusing a text that holds NUL. */
    static final class WithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, NUL_REFUSED, text, String.class);
            }
            return text;
        }
    }
}
