package com.tuoyu.directory.platform.text;

import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;

/** JSON text of the application's own values (audit lines, revision snapshots, recorded draws), both ways. */
@ApplicationScoped
@RequiredArgsConstructor
public class JsonText {

    private final ObjectMapper json;

    /** The value as JSON; our own records and maps always serialise, so a failure is a programming error. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON this service wrote itself, read back; unreadable text means the stored row was damaged. */
    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read}, as a tree. */
    public JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
