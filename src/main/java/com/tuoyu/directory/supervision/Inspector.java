package com.tuoyu.directory.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 执法检查人员 on a division's roster: personal data of staff, admin only, never public. */
@Entity
@Table(name = "inspector")
public class Inspector {

    @Id
    public UUID id;

    public String divisionCode;

    public String name;

    public String employeeNumber;

    public boolean active;

    public Instant createdAt;

    public Instant updatedAt;
}
