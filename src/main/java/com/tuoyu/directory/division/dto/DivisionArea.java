package com.tuoyu.directory.division.dto;

import com.tuoyu.directory.division.DivisionLevel;

import java.util.List;
import java.util.Set;

/**
 * A division with the county-level divisions inside it (itself, for a county): what a figure per resident is divided
 * by. Residents are known for some counties only, so {@code residents} adds up {@code countiesWithResidents}, namely
 * {@code residentCounties}, and a ratio over them must count the nurseries of those counties only;
 * {@code countiesWithoutResidents} names the others. {@code childrenUnderThree} is null unless every county has it.
 */
public record DivisionArea(String code, String name, DivisionLevel level, int counties, int countiesWithResidents,
                           Set<String> residentCounties, long residents, Long childrenUnderThree,
                           List<County> countiesWithoutResidents) {

    /** A county-level division by code and name. */
    public record County(String code, String name) {
    }

    /** Whether residents are known for every county inside (and there is at least one). */
    public boolean wholeArea() {
        return counties > 0 && countiesWithResidents == counties;
    }
}
