package com.tuoyu.directory.disclosure.dto;

/**
 * What the disclosed sections add to a nursery's supervision risk: permit kinds whose latest permit has expired, and
 * age groups with more children than their carers may look after under the national standard.
 */
public record SectionRisk(int expiredPermits, int ratioBreaches) {

    public static final SectionRisk NONE = new SectionRisk(0, 0);
}
