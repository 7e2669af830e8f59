package com.tuoyu.directory.nursery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the care types offered as a comma-separated list in declaration order, e.g. {@code FULL_DAY,HOURLY}. */
@Converter
public class CareTypesConverter implements AttributeConverter<Set<CareType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<CareType> careTypes) {
        return careTypes == null ? "" : EnumSet.copyOf(careTypes).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<CareType> convertToEntityAttribute(String column) {
        Set<CareType> careTypes = EnumSet.noneOf(CareType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(CareType::valueOf).forEach(careTypes::add);
        }
        return careTypes;
    }
}
