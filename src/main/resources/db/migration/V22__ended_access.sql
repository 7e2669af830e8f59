-- Access tokens of deleted parent accounts, refused until they expire (identity.EndedAccess). The account id is
-- not kept: only its blind index (keyed SM3-HMAC, as for phone numbers), and only for the access token's lifetime
-- and two minutes; every replica reads this table each second.
create table ended_access (
    subject_index varchar(64) primary key,
    until         timestamptz not null
);
