package com.tuoyu.directory.nursery;

import jakarta.persistence.Column;
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

    @Column(name = "operator_name")
    public String operatorName;

    /** 统一社会信用代码. */
    @Column(name = "credit_code")
    public String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_type")
    public RegistrationType registrationType;

    @Enumerated(EnumType.STRING)
    @Column(name = "operating_model")
    public OperatingModel operatingModel;

    public boolean inclusive;

    @Column(name = "division_code")
    public String divisionCode;

    public String address;

    /** WGS-84. */
    public double latitude;

    /** WGS-84. */
    public double longitude;

    @Column(name = "opens_at")
    public LocalTime opensAt;

    @Column(name = "closes_at")
    public LocalTime closesAt;

    @Convert(converter = OpenDaysConverter.class)
    @Column(name = "open_days")
    public Set<DayOfWeek> openDays;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Convert(converter = CareTypesConverter.class)
    @Column(name = "care_types")
    public Set<CareType> careTypes;

    @Column(name = "meals_provided")
    public boolean mealsProvided;

    @Column(name = "cctv_installed")
    public boolean cctvInstalled;

    @Column(name = "cctv_retention_days")
    public Integer cctvRetentionDays;

    @Column(name = "security_on_site")
    public boolean securityOnSite;

    @Column(name = "safety_as_of")
    public LocalDate safetyAsOf;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
