-- Supervision (issue #6): children under three per division, the inspector roster, who inspected what (admin
-- only), and the published random inspection draws (双随机、一公开).

-- Filled from src/main/resources/reference/divisions.csv at start (only where still empty).
alter table division add column children_under_three integer check (children_under_three >= 0);

-- 执法检查人员: personal data of staff, never shown publicly.
create table inspector (
    id              uuid primary key,
    division_code   varchar(6) not null references division (code),
    name            text not null check (length(name) between 1 and 60),
    employee_number varchar(40) not null,
    active          boolean not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (division_code, employee_number)
);
create index inspector_division_idx on inspector (division_code);

-- Which inspectors carried out an inspection: admin only; the public inspection row never names them.
create table inspection_inspector (
    id            uuid primary key,
    inspection_id uuid not null references inspection (id),
    inspector_id  uuid not null references inspector (id),
    unique (inspection_id, inspector_id)
);
create index inspection_inspector_inspection_idx on inspection_inspector (inspection_id);

-- A random inspection draw: the seed, the candidates with their weights (ordered by nursery id), the roster
-- (ordered by inspector id) and the picks, all as recorded, so anyone holding them can recompute the picks.
create table inspection_draw (
    id                     uuid primary key,
    division_code          varchar(6) not null references division (code),
    drawn_at               timestamptz not null,
    drawn_on               date not null,
    drawn_by               text not null,
    seed                   bigint not null,
    requested_count        integer not null check (requested_count > 0),
    inspectors_per_nursery integer not null check (inspectors_per_nursery > 0),
    candidates             text not null,
    roster                 text not null,
    picks                  text not null
);
create index inspection_draw_division_idx on inspection_draw (division_code, drawn_at desc);
