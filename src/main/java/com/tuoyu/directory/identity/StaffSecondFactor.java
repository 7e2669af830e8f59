package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.crypto.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A staff account's TOTP secret; unconfirmed while the enrolment awaits its first code. */
@Entity
@Table(name = "staff_second_factor")
public class StaffSecondFactor {

    @Id
    public UUID accountId;

    /** Base32, as the authenticator app was given it; sealed in the column (V21), like phone numbers. */
    @Convert(converter = SealedText.class)
    public String secret;

    public Instant createdAt;

    public Instant confirmedAt;

    /** The time step of the last code accepted; codes of this step or before are refused. */
    public long lastStep;

    boolean confirmed() {
        return confirmedAt != null;
    }
}
