package com.tuoyu.directory.platform.audit;

import java.util.UUID;

/**
 * Where an audited subject belongs: its division and, if it concerns one, its nursery. Stored on the entry so the log
 * can be read per district (supervisors see only entries about divisions within their districts).
 */
public record AuditScope(String divisionCode, UUID nurseryId) {

    /** A subject of no division (the national holiday arrangement, city-wide reply templates). */
    public static final AuditScope NONE = new AuditScope(null, null);

    public static AuditScope of(String divisionCode) {
        return new AuditScope(divisionCode, null);
    }
}
