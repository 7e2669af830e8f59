-- The audit trail becomes a hash chain (issue #21 point 6): each entry carries its position (chain_seq), the hash
-- of the entry before it and its own SM3 hash over that previous hash and the entry's canonical content. Entries
-- the service writes through AuditLog are linked in the writing transaction; those written in plain SQL (the
-- complaint intake's one-statement insert) and those older than this migration are linked ("sealed") by the
-- service's AuditSealer a moment later, in id order. SM3 is not available in SQL, hence no backfill here.
alter table audit_entry add column chain_seq bigint unique;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);

-- The chain's head: one row, locked by each append in the appending transaction, so that concurrent appends take
-- their turns and no two entries claim the same predecessor. Its hash also lets the verification see entries cut
-- off the end of the chain.
create table audit_chain_head (
    id        integer primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- The head only moves forward: no deletion, and an update must extend the chain.
create function audit_chain_head_moves_forward() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.last_seq <= old.last_seq then
        raise exception 'audit_chain_head only moves forward';
    end if;
    return new;
end;
$$;
create trigger audit_chain_head_forward before update or delete on audit_chain_head
    for each row execute function audit_chain_head_moves_forward();

-- Append-only, with one exception: sealing, i.e. giving an unchained entry its chain fields once, every other
-- column unchanged. Any other update, any delete, and a second sealing fail.
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'audit_entry is append-only';
    end if;
    if old.chain_seq is null and new.chain_seq is not null
       and new.id = old.id and new.occurred_at = old.occurred_at
       and new.actor_role = old.actor_role and new.actor_id = old.actor_id and new.action = old.action
       and new.subject_type = old.subject_type and new.subject_id = old.subject_id
       and new.before_state is not distinct from old.before_state
       and new.after_state is not distinct from old.after_state
       and new.reason is not distinct from old.reason
       and new.division_code is not distinct from old.division_code
       and new.nursery_id is not distinct from old.nursery_id then
        return new;
    end if;
    raise exception 'audit_entry is append-only';
end;
$$;

create index audit_entry_unsealed_idx on audit_entry (id) where chain_seq is null;

-- TRUNCATE skips row triggers; refuse it as well.
create function audit_entry_refuses_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuses_truncate();
