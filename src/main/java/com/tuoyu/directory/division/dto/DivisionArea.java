package com.tuoyu.directory.division.dto;

import com.tuoyu.directory.division.DivisionLevel;

/**
 * A division with the residents and children under three of the county-level divisions inside it (itself, for a
 * county): what a figure per resident is divided by. {@code childrenUnderThree} is null unless every county has it.
 */
public record DivisionArea(String code, String name, DivisionLevel level, int counties, long residents,
                           Long childrenUnderThree) {
}
