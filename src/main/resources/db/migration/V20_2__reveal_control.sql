-- Revealing a reporter's number under control (issue #21 point 6).

-- A supervisor re-opens access to the contact of a closed complaint, with a reason, for a limited time.
create table complaint_contact_access (
    id           uuid primary key,
    complaint_id uuid         not null references complaint (id) on delete cascade,
    granted_by   varchar(64)  not null,
    reason       varchar(500) not null,
    granted_at   timestamptz  not null,
    expires_at   timestamptz  not null
);
create index complaint_contact_access_idx on complaint_contact_access (complaint_id, expires_at desc);

-- A handler revealed more numbers in one day (China time) than the threshold: one alert per handler and day, about
-- the county of the reveal that crossed it, raised by the outbox's delivery to that county's supervisors and listed
-- in their console.
create table contact_reveal_alert (
    id             uuid primary key,
    handler_id     varchar(64) not null,
    division_code  varchar(6)  not null,
    day            date        not null,
    reveals        integer     not null,
    threshold      integer     not null,
    raised_at      timestamptz not null,
    supervisors    integer     not null,
    unique (handler_id, day)
);
create index contact_reveal_alert_division_idx on contact_reveal_alert (division_code, raised_at desc);
