package com.tuoyu.directory.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A six-digit sign-in code sent by SMS, kept only as a salted hash. */
@Entity
@Table(name = "sms_code")
public class SmsCode {

    @Id
    public UUID id;

    /** The phone's blind index: the number itself is not kept with the code. */
    public String phoneIndex;

    public String codeHash;

    public Instant createdAt;

    public Instant expiresAt;

    /** Wrong codes entered against this code. */
    public int attempts;

    public Instant consumedAt;
}
