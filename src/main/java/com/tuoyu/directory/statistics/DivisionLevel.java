package com.tuoyu.directory.statistics;

/** Level of a GB/T 2260 administrative division. */
public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
