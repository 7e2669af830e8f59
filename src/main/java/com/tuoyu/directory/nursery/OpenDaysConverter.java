package com.tuoyu.directory.nursery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores opening days as ISO day numbers, e.g. {@code 1,2,3,4,5} for Monday to Friday. */
@Converter
public class OpenDaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() ? "" : EnumSet.copyOf(days).stream()
                .map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(","));
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
        }
        return days;
    }
}
