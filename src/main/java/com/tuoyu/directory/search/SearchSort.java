package com.tuoyu.directory.search;

/** Orders a directory search can be sorted in. */
public enum SearchSort {
    DISTANCE,
    FEE,
    QUALITY,
    NEWEST,
    RELEVANCE
}
