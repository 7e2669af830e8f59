package com.tuoyu.directory.division.dto;

/** A county-level division with its city and province names and its centre (WGS-84), for other features. */
public record CountyReference(String code, String name, String cityName, String provinceName,
                              double centreLatitude, double centreLongitude, int population) {
}
