package com.tuoyu.directory.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One single-use recovery code of a staff account, kept as a hash. */
@Entity
@Table(name = "staff_recovery_code")
public class StaffRecoveryCode {

    @Id
    public UUID id;

    public UUID accountId;

    public String codeHash;

    public Instant createdAt;

    public Instant usedAt;
}
