package com.tuoyu.directory.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/** Division codes as a sorted comma-separated list, e.g. {@code 360100,620102}. */
@Converter
public class DivisionsConverter implements AttributeConverter<SortedSet<String>, String> {

    @Override
    public String convertToDatabaseColumn(SortedSet<String> divisions) {
        return divisions == null ? "" : String.join(",", divisions);
    }

    @Override
    public SortedSet<String> convertToEntityAttribute(String column) {
        SortedSet<String> divisions = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).forEach(divisions::add);
        }
        return divisions;
    }
}
