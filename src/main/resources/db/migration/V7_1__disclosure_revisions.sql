-- Disclosure maintenance: every change to a section of what a nursery discloses is kept as a revision (never
-- overwritten), with who recorded it, when, from which source and the date the facts hold. The current rows
-- (capacity, staffing, permit, and the safety facts on nursery) are what the public detail reads.
create table disclosure_revision (
    id           uuid primary key,
    nursery_id   uuid        not null references nursery (id),
    section      text        not null check (section in ('CAPACITY', 'STAFFING', 'PERMITS', 'SAFETY', 'INCLUSIVE')),
    revision     integer     not null check (revision >= 1),
    content      text        not null,
    source       text        not null check (source in ('NURSERY_SUBMISSION', 'INSPECTION_VISIT', 'OFFICER_CORRECTION', 'BULK_IMPORT')),
    as_of        date        not null,
    recorded_by  text        not null,
    recorded_role text       not null,
    recorded_at  timestamptz not null,
    note         text,
    -- standards the figures fell short of when recorded (accepted and flagged), as a JSON array
    flags        text        not null default '[]',
    unique (nursery_id, section, revision)
);

create function disclosure_revision_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosure_revision is append-only';
end;
$$;
create trigger disclosure_revision_append_only before update or delete on disclosure_revision
    for each row execute function disclosure_revision_is_append_only();

-- Classes per age group, so class sizes can be checked against the national limits; null for imported rows.
alter table capacity add column classes integer check (classes >= 0);

-- Who scheduled a fee or a guide price, when, and why (a date in the past needs a reason). Null for imported rows.
alter table fee add column recorded_by text, add column recorded_at timestamptz, add column reason text;
alter table guide_price add column recorded_by text, add column recorded_at timestamptz, add column reason text;
create index guide_price_division_idx on guide_price (division_code, effective_from);
create index fee_effective_from_idx on fee (effective_from);
