package com.tuoyu.directory.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A password a staff account had; a new password may not be one of the last few. */
@Entity
@Table(name = "staff_password_history")
public class StaffPasswordHistory {

    @Id
    public UUID id;

    public UUID accountId;

    public String passwordHash;

    public Instant createdAt;
}
