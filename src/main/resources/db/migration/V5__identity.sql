-- Identity and access: staff accounts of the admin console and parents' accounts of the apps, rotating refresh
-- tokens, SMS sign-in codes and rate-limit counters. (V5: V4 is reserved for the other branch in flight.)

-- One row per person who can sign in. Staff sign in with username and password (Argon2id hash, PHC string) and
-- are scoped to GB/T 2260 divisions; parents sign in with WeChat or a phone number and have no scope.
create table account (
    id              uuid primary key,
    kind            varchar(10)  not null check (kind in ('STAFF', 'PARENT')),
    username        varchar(64)  unique,
    password_hash   varchar(200),
    display_name    varchar(100),
    -- comma-separated, e.g. 'HANDLER,SUPERVISOR' and '360100,360102'
    roles           varchar(200) not null default '',
    divisions       varchar(700) not null default '',
    phone           varchar(11)  unique,
    wechat_openid   varchar(128) unique,
    wechat_unionid  varchar(128) unique,
    enabled         boolean      not null default true,
    -- password lockout: failures since the last success or lock, locks so far (each doubles the next), lock end
    failed_sign_ins integer      not null default 0,
    lockouts        integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint account_staff_has_credentials check (kind = 'PARENT' or (username is not null and password_hash is not null))
);

-- Refresh tokens are random 256-bit values the client keeps; only their SHA-256 (hex) is stored. Each sign-in
-- starts a family; each refresh rotates to a new token of the same family. Presenting a rotated token again
-- revokes the whole family (the token was stolen or replayed).
create table refresh_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  varchar(64) not null unique,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_account_idx on refresh_token (account_id) where revoked_at is null;
create index refresh_token_expiry_idx on refresh_token (expires_at);

-- SMS sign-in codes: only a salted SHA-256 of the six digits is kept; the newest unexpired code of a phone counts.
create table sms_code (
    id          uuid        primary key,
    phone       varchar(11) not null,
    code_hash   varchar(64) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    attempts    integer     not null default 0,
    consumed_at timestamptz
);
create index sms_code_phone_idx on sms_code (phone, created_at desc);
create index sms_code_expiry_idx on sms_code (expires_at);

-- Fixed-window counters shared by every replica: a window opens with its first hit and lasts its configured length.
create table rate_limit (
    key          varchar(200) primary key,
    window_start timestamptz  not null,
    hits         integer      not null
);
