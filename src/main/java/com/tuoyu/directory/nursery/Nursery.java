package com.tuoyu.directory.nursery;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/** A nursery (托育机构) as registered; whether it is public depends on its {@link Filing}. */
@Entity
@Table(name = "nursery")
public class Nursery {

    @Id
    public UUID id;

    public String name;

    public String operatorName;

    /** 统一社会信用代码. */
    public String creditCode;

    @Enumerated(EnumType.STRING)
    public RegistrationType registrationType;

    @Enumerated(EnumType.STRING)
    public OperatingModel operatingModel;

    public boolean inclusive;

    public String divisionCode;

    public String address;

    /** WGS-84. */
    public double latitude;

    /** WGS-84. */
    public double longitude;

    public LocalTime opensAt;

    public LocalTime closesAt;

    @Convert(converter = OpenDaysConverter.class)
    public Set<DayOfWeek> openDays;

    public String contactPhone;

    @Convert(converter = CareTypesConverter.class)
    public Set<CareType> careTypes;

    public boolean mealsProvided;

    public boolean cctvInstalled;

    public Integer cctvRetentionDays;

    public boolean securityOnSite;

    public LocalDate safetyAsOf;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
