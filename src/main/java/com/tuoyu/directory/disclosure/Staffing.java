package com.tuoyu.directory.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Staff other than carers (counted per group in {@link Capacity}) and qualification shares. */
@Entity
@Table(name = "staffing")
public class Staffing {

    @Id
    public UUID nurseryId;

    /** 保健人员. */
    public int healthStaff;

    /** 保安. */
    public int securityStaff;

    /** Share of staff holding a professional qualification, 0 to 1. */
    @Column(name = "qualified_share", precision = 4, scale = 3)
    public BigDecimal qualifiedShare;

    /** Share of staff holding a valid health certificate, 0 to 1. */
    @Column(name = "health_certificate_share", precision = 4, scale = 3)
    public BigDecimal healthCertificateShare;

    public LocalDate asOf;
}
