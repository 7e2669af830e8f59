package com.tuoyu.directory.division;

import jakarta.persistence.Column;
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

    @Column(name = "parent_code")
    public String parentCode;

    public Integer population;

    /** Children aged 0-2 living in the division; null when not known. */
    @Column(name = "children_under_three")
    public Integer childrenUnderThree;

    /** WGS-84. */
    @Column(name = "centre_latitude")
    public Double centreLatitude;

    /** WGS-84. */
    @Column(name = "centre_longitude")
    public Double centreLongitude;
}
