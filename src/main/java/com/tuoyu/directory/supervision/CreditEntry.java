package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.CreditList;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entry on the red or black list (红黑名单), open while removedOn is null. */
@Entity
@Table(name = "credit_entry")
public class CreditEntry extends NurseryRecord {

    @Enumerated(EnumType.STRING)
    public CreditList list;

    public LocalDate listedOn;

    public LocalDate removedOn;

    public String reason;
}
