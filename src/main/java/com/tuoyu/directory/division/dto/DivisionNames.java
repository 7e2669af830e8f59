package com.tuoyu.directory.division.dto;

/**
 * A division code with the names of the county, city and province it lies in, for other features to show next to
 * an address. A name is null when the code is above that level (a city has no county name).
 */
public record DivisionNames(String code, String countyName, String cityName, String provinceName) {
}
