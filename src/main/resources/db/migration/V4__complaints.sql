-- Parents' complaints (投诉举报). A complaint is safe the moment this commits; nothing here reaches Elasticsearch.
create sequence complaint_tracking_seq;

create table complaint (
    id                uuid primary key,
    tracking_number   varchar(24) not null unique,
    parent_id         text        not null,
    nursery_id        uuid references nursery (id),
    facility_name     text,
    facility_address  text,
    division_code     varchar(6)  not null references division (code),
    category          text        not null,
    urgent            boolean     not null,
    description       text        not null check (length(description) between 10 and 2000),
    incident_date     date        not null,
    contact_phone     varchar(20),
    status            text        not null,
    assignee          text,
    finding           text,
    linked_inspection_id uuid,
    linked_penalty_id    uuid,
    submitted_at      timestamptz not null,
    accept_due_at     timestamptz not null,
    resolve_due_at    timestamptz not null,
    due_at            timestamptz not null,
    deadlines_provisional boolean not null,
    accepted_at       timestamptz,
    resolved_at       timestamptz,
    rating            smallint check (rating between 1 and 5),
    rating_comment    text,
    reopen_count      integer     not null default 0,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (nursery_id is not null or (facility_name is not null and facility_address is not null))
);
create index complaint_parent_idx on complaint (parent_id, submitted_at desc);
create index complaint_queue_idx on complaint (division_code, status, due_at);
create index complaint_nursery_idx on complaint (nursery_id, category, submitted_at);

-- Everything that happened to a complaint. Parent-visible entries carry public_text; internal notes never reach
-- the parent.
create table complaint_event (
    id            uuid primary key,
    complaint_id  uuid        not null references complaint (id),
    occurred_at   timestamptz not null,
    actor_role    text        not null,
    actor_id      text        not null,
    action        text        not null,
    from_status   text,
    to_status     text        not null,
    public_text   text,
    internal_text text,
    visible_to_parent boolean not null
);
create index complaint_event_complaint_idx on complaint_event (complaint_id, occurred_at);

-- Photos are stored through the object storage interface with their metadata (GPS and the like) stripped; a row
-- exists only once the complaint committed, so a photo is never half-attached.
create table complaint_photo (
    id           uuid primary key,
    complaint_id uuid        not null references complaint (id),
    storage_key  text        not null unique,
    content_type varchar(40) not null,
    size_bytes   integer     not null,
    sha256       varchar(64) not null,
    position     smallint    not null
);
create index complaint_photo_complaint_idx on complaint_photo (complaint_id, position);

-- Idempotency-Key records (IETF draft-ietf-httpapi-idempotency-key-header): one per parent and key.
create table idempotency_record (
    parent_id    text        not null,
    key          varchar(255) not null,
    request_hash varchar(64) not null,
    complaint_id uuid references complaint (id),
    created_at   timestamptz not null,
    primary key (parent_id, key)
);

-- Append-only audit trail: who did what to which personal data or state, before and after.
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    actor_role   text not null,
    actor_id     text not null,
    action       text not null,
    subject_type text not null,
    subject_id   text not null,
    before_state text,
    after_state  text,
    reason       text
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, occurred_at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
