package com.tuoyu.directory.division.dto;

/**
 * A county-level division with its city and province names and its centre (WGS-84), for other features. The centre
 * and residents are null for the counties of the register the figures file has no figures for (e.g. 安义县 360123):
 * such a county still takes filings, whose own coordinates place them.
 */
public record CountyReference(String code, String name, String cityName, String provinceName,
                              Double centreLatitude, Double centreLongitude, Integer population) {

    /** Whether the county has a centre point. */
    public boolean hasCentre() {
        return centreLatitude != null && centreLongitude != null;
    }
}
