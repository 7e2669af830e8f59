package com.tuoyu.directory.division;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GB/T 2260 administrative division (行政区划) with the population its statistics are measured against. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public DivisionLevel level;

    public String parentCode;

    public Integer population;

    /** Children aged 0-2 living in the division; null when not known. */
    public Integer childrenUnderThree;

    /** WGS-84. */
    public Double centreLatitude;

    /** WGS-84. */
    public Double centreLongitude;
}
