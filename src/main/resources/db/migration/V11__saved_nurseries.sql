-- Nurseries a parent saved (收藏), one list per account so every device and the mini-program show the same.
-- parent_id is the token subject, as in complaint.parent_id. A row outlives the nursery's filing on purpose: the
-- list then says the nursery is no longer listed instead of dropping it silently.
create table saved_nursery (
    id          uuid primary key,
    parent_id   text        not null,
    nursery_id  uuid        not null references nursery (id),
    saved_at    timestamptz not null,
    constraint saved_nursery_once unique (parent_id, nursery_id)
);
create index saved_nursery_newest on saved_nursery (parent_id, saved_at desc);
