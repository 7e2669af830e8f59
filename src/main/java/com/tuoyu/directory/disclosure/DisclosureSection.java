package com.tuoyu.directory.disclosure;

/** The separately maintained, separately versioned parts of what a nursery discloses. */
public enum DisclosureSection {
    /** 托位 per age group: slots, children enrolled, classes. */
    CAPACITY,
    /** Carers per age group, health and security staff, qualification shares. */
    STAFFING,
    /** Permits and certificates with their validity. */
    PERMITS,
    /** Meals, CCTV and its retention, security staff on site. */
    SAFETY,
    /** Whether the nursery is inclusive (普惠). */
    INCLUSIVE
}
