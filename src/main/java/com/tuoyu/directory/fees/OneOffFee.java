package com.tuoyu.directory.fees;

import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A one-off fee such as bedding or insurance. */
@Entity
@Table(name = "one_off_fee")
public class OneOffFee {

    @Id
    public UUID id;

    public UUID nurseryId;

    /** e.g. 被褥费, 保险费. */
    public String name;

    public int amountYuan;

    public LocalDate effectiveFrom;
}
