-- Staff sign-in with a second factor (issue #21 point 5). Kept beside the account table, not in it: the account
-- row belongs to everyone who signs in, these rows to staff only.

-- One TOTP secret per staff account (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps). A row without confirmed_at
-- is an enrolment in progress: the secret has been shown once and awaits its first code. last_step is the time
-- step of the last code accepted, so that a code cannot be used twice.
create table staff_second_factor (
    account_id   uuid primary key references account (id) on delete cascade,
    secret       varchar(64) not null,
    created_at   timestamptz not null,
    confirmed_at timestamptz,
    last_step    bigint      not null default 0
);

-- Recovery codes: shown once at enrolment, kept as SHA-256 hex of the normalised code (each is 50 random bits,
-- tried under the sign-in lockout, so a fast hash is enough), each usable once.
create table staff_recovery_code (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    code_hash   varchar(64) not null,
    created_at  timestamptz not null,
    used_at     timestamptz
);
create index staff_recovery_code_account_idx on staff_recovery_code (account_id) where used_at is null;

-- The account's previous password hashes (Argon2id, PHC form), newest first, so that a new password is not one
-- of the last few; older ones are removed as new ones come.
create table staff_password_history (
    id            uuid primary key,
    account_id    uuid         not null references account (id) on delete cascade,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null
);
create index staff_password_history_account_idx on staff_password_history (account_id, created_at desc);
