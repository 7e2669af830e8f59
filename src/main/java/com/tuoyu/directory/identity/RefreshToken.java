package com.tuoyu.directory.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One refresh token of a sign-in's family, known only by its SHA-256. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    public UUID id;

    public UUID accountId;

    public UUID familyId;

    public String tokenHash;

    public Instant issuedAt;

    public Instant expiresAt;

    /** When it was exchanged for its successor; presenting it again afterwards is reuse. */
    public Instant rotatedAt;

    public Instant revokedAt;
}
