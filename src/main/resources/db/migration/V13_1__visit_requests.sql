-- Visit requests (预约参观, issue 18 point 6): the times a nursery offers for visits, parents' requests for one of
-- them, and each request's history as both sides see it.

create table visit_time (
    id          uuid primary key,
    nursery_id  uuid        not null references nursery (id),
    starts_at   timestamptz not null,
    minutes     integer     not null check (minutes between 15 and 240),
    withdrawn   boolean     not null default false,
    created_at  timestamptz not null
);
create index visit_time_nursery_idx on visit_time (nursery_id, starts_at);

create table visit_request (
    id                 uuid primary key,
    nursery_id         uuid         not null references nursery (id),
    parent_id          varchar(64)  not null,
    status             varchar(12)  not null check (status in ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    -- the time asked for, then the time the nursery proposed or both agreed on
    visit_at           timestamptz  not null,
    minutes            integer      not null,
    -- kept only when the parent chose to share it for this request
    phone              varchar(11),
    child_age_months   integer,
    message            varchar(300),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint visit_request_phone_shared check (phone is null or phone ~ '^1[3-9][0-9]{9}$')
);
create index visit_request_parent_idx on visit_request (parent_id, status);
create index visit_request_nursery_idx on visit_request (nursery_id, created_at desc);

create table visit_request_event (
    id          uuid primary key,
    request_id  uuid         not null references visit_request (id),
    occurred_at timestamptz  not null,
    actor       varchar(10)  not null check (actor in ('PARENT', 'NURSERY')),
    action      varchar(20)  not null,
    status      varchar(12)  not null,
    visit_at    timestamptz  not null,
    note        varchar(300)
);
create index visit_request_event_request_idx on visit_request_event (request_id, occurred_at);
