package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The public part of a nursery whose filing is in force, for other features to build their views from.
 * {@code version} grows with every change to anything the nursery discloses. Coordinates are WGS-84.
 */
public record ListedNursery(
        UUID id,
        long version,
        String name,
        String operatorName,
        RegistrationType registrationType,
        OperatingModel operatingModel,
        boolean inclusive,
        String divisionCode,
        String address,
        double latitude,
        double longitude,
        LocalTime opensAt,
        LocalTime closesAt,
        Set<DayOfWeek> openDays,
        String contactPhone,
        Set<CareType> careTypes,
        boolean mealsProvided,
        boolean cctvInstalled,
        Integer cctvRetentionDays,
        boolean securityOnSite,
        LocalDate safetyAsOf,
        Instant updatedAt,
        PublicFiling filing,
        List<FilingMilestone> filingHistory) {

    public record PublicFiling(FilingStatus status, String filingNumber, String authority, LocalDate submittedOn,
                               LocalDate filedOn) {
    }

    public record FilingMilestone(FilingStatus from, FilingStatus to, LocalDate on, String reasons) {
    }
}
