package com.tuoyu.directory.platform.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Every point in time an answer carries is written in Beijing time to the second ("2026-12-11T16:00:00+08:00"),
 * not in UTC with microseconds: the people reading it (parents, handlers, officers) all live in UTC+8, and the
 * value is still ISO 8601, the same instant for programs. Fields typed OffsetDateTime are written the same way.
 */
@Singleton
public class ChinaTimeJson implements ObjectMapperCustomizer {

    /** Applied last: serializers registered later win, and Quarkus registers the standard java.time ones itself. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("china-time")
                .addSerializer(Instant.class, new InstantInChina())
                .addSerializer(OffsetDateTime.class, new OffsetInChina()));
    }

    /** Beijing time to the second. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(ClockProducer.CHINA).toOffsetDateTime());
    }

    private static final class InstantInChina extends StdSerializer<Instant> {

        InstantInChina() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }

    private static final class OffsetInChina extends StdSerializer<OffsetDateTime> {

        OffsetInChina() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value.toInstant()));
        }
    }
}
