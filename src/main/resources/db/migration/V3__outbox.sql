-- Transactional outbox: written in the same transaction as the change it announces, drained by a worker that
-- delivers it to Elasticsearch or a notifier. A row is deleted once delivered; until then it is retried.
create table outbox_event (
    id              bigint generated always as identity primary key,
    topic           text        not null,
    aggregate_id    text        not null,
    payload         text,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text
);
create index outbox_event_due_idx on outbox_event (next_attempt_at, id);
