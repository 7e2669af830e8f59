package com.tuoyu.directory.platform.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;

/** JSON text of the application's own values, for audit lines and revision snapshots. */
@ApplicationScoped
public class JsonText {

    private final ObjectMapper json;

    public JsonText(ObjectMapper json) {
        this.json = json;
    }

    /** The value as JSON; our own records and maps always serialise, so a failure is a programming error. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
