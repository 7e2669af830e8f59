package com.tuoyu.directory.division;

/** Level of a GB/T 2260 administrative division. */
public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
