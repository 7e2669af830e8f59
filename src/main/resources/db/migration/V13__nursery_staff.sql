-- Nurseries keep their own page current (issue 18, point 5): accounts of a nursery's own staff, its vacancy
-- reports, its descriptive page and photos. Visit requests (point 6) follow in V13_1.

-- A NURSERY staff account acts for exactly one nursery. Identity keeps it as a plain id (no foreign key: identity does
-- not depend on the register), checked by the feature that creates such accounts.
alter table account add column nursery_id uuid;
alter table account add constraint account_nursery_staff check (nursery_id is null or (kind = 'STAFF' and roles = 'NURSERY'));
create index account_nursery_idx on account (nursery_id) where nursery_id is not null;

-- One row per report: the free places per class and care type the nursery stated on a day. The totals per class
-- also revise the capacity section (enrolled = slots - free places), which is what search and the page read; the
-- split by care type is kept here. A report older than 30 days is shown as unknown, as any capacity figure.
create table vacancy_report (
    id           uuid primary key,
    nursery_id   uuid         not null references nursery (id),
    reported_on  date         not null,
    reported_at  timestamptz  not null,
    reported_by  varchar(64)  not null,
    -- JSON array of {"ageGroup": "TODDLER", "careType": "FULL_DAY", "places": 2}
    lines        text         not null,
    note         varchar(500)
);
create index vacancy_report_nursery_idx on vacancy_report (nursery_id, reported_at desc);

-- The descriptive page a nursery keeps itself. A text an officer hid for breaking the rules stays hidden from the
-- public (with its reason, shown to the nursery) until an officer restores it.
create table nursery_profile (
    nursery_id              uuid primary key references nursery (id),
    description             varchar(1000),
    -- JSON array of {"time": "08:00", "activity": "..."}
    daily_programme         text,
    -- JSON array of {"day": "MONDAY", "meals": ["..."]}
    weekly_menu             text,
    -- comma-separated, e.g. '普通话,英语'
    languages               varchar(300),
    website                 varchar(300),
    wechat_account          varchar(100),
    description_hidden      varchar(500),
    daily_programme_hidden  varchar(500),
    weekly_menu_hidden      varchar(500),
    website_hidden          varchar(500),
    wechat_account_hidden   varchar(500),
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);

-- Photos of the page: checked by content, metadata removed, at most 12 per nursery (hidden ones count).
create table nursery_photo (
    id            uuid primary key,
    nursery_id    uuid         not null references nursery (id),
    storage_key   varchar(200) not null,
    content_type  varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        varchar(64)  not null,
    caption       varchar(100),
    position      integer      not null,
    uploaded_at   timestamptz  not null,
    hidden_reason varchar(500),
    hidden_at     timestamptz
);
create index nursery_photo_nursery_idx on nursery_photo (nursery_id, position);
