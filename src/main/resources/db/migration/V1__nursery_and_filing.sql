-- Core record of filed nurseries (托育机构备案) and what they must disclose (信息公示).
-- Coordinates are stored in WGS-84; the API converts to and from GCJ-02 at its edge.

create table division (
    code        varchar(6) primary key check (code ~ '^[0-9]{6}$'),
    name        text    not null,
    level       text    not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6) references division (code),
    population  integer check (population > 0),
    centre_latitude  double precision check (centre_latitude between -90 and 90),
    centre_longitude double precision check (centre_longitude between -180 and 180)
);
create index division_parent_idx on division (parent_code);

create table nursery (
    id                  uuid primary key,
    name                text    not null check (length(name) between 2 and 100),
    operator_name       text    not null,
    credit_code         varchar(18),
    registration_type   text    not null check (registration_type in ('PUBLIC_INSTITUTION', 'SOCIAL_ORGANIZATION', 'ENTERPRISE')),
    operating_model     text    not null check (operating_model in ('PUBLIC', 'PUBLIC_PRIVATE', 'PRIVATE_AIDED', 'PRIVATE', 'EMPLOYER', 'COMMUNITY', 'KINDERGARTEN')),
    inclusive           boolean not null default false,
    division_code       varchar(6) not null references division (code),
    address             text    not null,
    latitude            double precision not null check (latitude between -90 and 90),
    longitude           double precision not null check (longitude between -180 and 180),
    opens_at            time    not null,
    closes_at           time    not null check (closes_at > opens_at),
    open_days           varchar(20) not null,
    contact_phone       varchar(20) not null,
    care_types          varchar(60) not null,
    meals_provided      boolean not null,
    cctv_installed      boolean not null,
    cctv_retention_days integer check (cctv_retention_days >= 0),
    security_on_site    boolean not null,
    safety_as_of        date    not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint  not null default 0
);
create index nursery_division_idx on nursery (division_code);

create table filing (
    id               uuid primary key,
    nursery_id       uuid not null unique references nursery (id),
    status           text not null check (status in ('SUBMITTED', 'FILED', 'RETURNED', 'REVOKED', 'CLOSED')),
    filing_number    varchar(40) unique,
    authority        text not null,
    submitted_on     date not null,
    decided_on       date,
    decision_reasons text,
    updated_at       timestamptz not null,
    version          bigint not null default 0,
    check (status <> 'FILED' or (filing_number is not null and decided_on is not null)),
    check (status not in ('RETURNED', 'REVOKED', 'CLOSED') or decision_reasons is not null)
);
create index filing_status_idx on filing (status);

-- Every change of filing status, for the public timeline and the audit trail.
create table filing_event (
    id          uuid primary key,
    filing_id   uuid not null references filing (id),
    from_status text,
    to_status   text not null,
    occurred_on date not null,
    reasons     text,
    recorded_at timestamptz not null
);
create index filing_event_filing_idx on filing_event (filing_id, occurred_on);

-- Licensed places (托位) per class type, with children enrolled and the carers assigned.
create table capacity (
    id         uuid primary key,
    nursery_id uuid    not null references nursery (id),
    age_group  text    not null check (age_group in ('INFANT', 'TODDLER', 'PRESCHOOL', 'MIXED')),
    slots      integer not null check (slots >= 0),
    enrolled   integer not null check (enrolled >= 0),
    carers     integer not null check (carers >= 0),
    as_of      date    not null,
    unique (nursery_id, age_group)
);

create table staffing (
    nursery_id               uuid primary key references nursery (id),
    health_staff             integer not null check (health_staff >= 0),
    security_staff           integer not null check (security_staff >= 0),
    qualified_share          numeric(4, 3) not null check (qualified_share between 0 and 1),
    health_certificate_share numeric(4, 3) not null check (health_certificate_share between 0 and 1),
    as_of                    date not null
);

create table fee (
    id               uuid primary key,
    nursery_id       uuid    not null references nursery (id),
    care_type        text    not null check (care_type in ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY')),
    age_group        text    not null check (age_group in ('INFANT', 'TODDLER', 'PRESCHOOL', 'MIXED')),
    -- yuan per month; for HOURLY and TEMPORARY care, yuan per hour and per day
    amount_yuan      integer not null check (amount_yuan >= 0),
    meal_fee_yuan    integer check (meal_fee_yuan >= 0),
    effective_from   date    not null,
    unique (nursery_id, care_type, age_group, effective_from)
);
create index fee_nursery_idx on fee (nursery_id);

create table one_off_fee (
    id             uuid primary key,
    nursery_id     uuid    not null references nursery (id),
    name           text    not null,
    amount_yuan    integer not null check (amount_yuan >= 0),
    effective_from date    not null
);
create index one_off_fee_nursery_idx on one_off_fee (nursery_id);

-- 普惠指导价: the district's guide price an inclusive nursery must stay at or below.
create table guide_price (
    id             uuid primary key,
    division_code  varchar(6) not null references division (code),
    care_type      text    not null check (care_type in ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY')),
    age_group      text    not null check (age_group in ('INFANT', 'TODDLER', 'PRESCHOOL', 'MIXED')),
    amount_yuan    integer not null check (amount_yuan >= 0),
    effective_from date    not null,
    unique (division_code, care_type, age_group, effective_from)
);

create table permit (
    id          uuid primary key,
    nursery_id  uuid not null references nursery (id),
    kind        text not null check (kind in ('BUSINESS_LICENCE', 'LEGAL_PERSON_CERTIFICATE', 'PREMISES_PROOF',
                                              'FIRE_SAFETY', 'HEALTH_EVALUATION', 'FOOD_BUSINESS_LICENCE')),
    number      varchar(60) not null,
    issued_on   date not null,
    valid_until date,
    check (valid_until is null or valid_until >= issued_on)
);
create index permit_nursery_idx on permit (nursery_id);
create index permit_valid_until_idx on permit (valid_until);

create table inspection (
    id           uuid primary key,
    nursery_id   uuid not null references nursery (id),
    inspected_on date not null,
    kind         text not null check (kind in ('ROUTINE', 'RANDOM', 'COMPLAINT_DRIVEN')),
    result       text not null check (result in ('PASSED', 'RECTIFICATION_REQUIRED', 'FAILED')),
    findings     text
);
create index inspection_nursery_idx on inspection (nursery_id, inspected_on);

create table quality_assessment (
    id          uuid primary key,
    nursery_id  uuid not null references nursery (id),
    grade       text not null check (grade in ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')),
    assessed_on date not null
);
create index quality_assessment_nursery_idx on quality_assessment (nursery_id, assessed_on);

create table penalty (
    id              uuid primary key,
    nursery_id      uuid not null references nursery (id),
    decided_on      date not null,
    decision_number varchar(60) not null,
    authority       text not null,
    violation       text not null,
    sanction        text not null
);
create index penalty_nursery_idx on penalty (nursery_id, decided_on);

create table misconduct (
    id          uuid primary key,
    nursery_id  uuid not null references nursery (id),
    recorded_on date not null,
    description text not null
);
create index misconduct_nursery_idx on misconduct (nursery_id, recorded_on);

-- 红黑名单: commended (RED) and untrustworthy (BLACK) lists.
create table credit_entry (
    id         uuid primary key,
    nursery_id uuid not null references nursery (id),
    list       text not null check (list in ('RED', 'BLACK')),
    listed_on  date not null,
    removed_on date,
    reason     text not null,
    check (removed_on is null or removed_on >= listed_on)
);
create index credit_entry_nursery_idx on credit_entry (nursery_id);
