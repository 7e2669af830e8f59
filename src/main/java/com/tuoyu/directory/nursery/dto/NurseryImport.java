package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A nursery and the current state of its filing, as taken in from an existing register (demo data, bulk import).
 * Coordinates are WGS-84.
 */
public record NurseryImport(
        UUID id,
        String name,
        String operatorName,
        String creditCode,
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
        FilingImport filing) {

    public record FilingImport(
            FilingStatus status,
            String filingNumber,
            String authority,
            LocalDate submittedOn,
            /* the receipt date, kept when a filing was later revoked or closed */
            LocalDate filedOn,
            LocalDate decidedOn,
            String decisionReasons) {
    }
}
