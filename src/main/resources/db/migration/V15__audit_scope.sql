-- The audit log becomes readable by supervisors (issue #16), each only about the divisions of their districts. An
-- entry's division (and, where it concerns one, its nursery) is stored on the entry when it is written: the subject
-- may later move, be deleted (a reply template) or belong to a feature the reader may not query, while the entry
-- must keep saying where it happened. NULL division: the subject belongs to no division (the national holiday
-- arrangement, the city-wide reply templates); every supervisor sees those.
alter table audit_entry add column division_code varchar(6);
alter table audit_entry add column nursery_id uuid;

-- Backfill what the subjects still tell. The append-only trigger is lifted for this one statement series, inside
-- the migration's transaction, and restored before it commits: no application role ever sees it off.
alter table audit_entry disable trigger audit_entry_append_only;

update audit_entry a set nursery_id = n.id, division_code = n.division_code
  from nursery n where a.subject_type = 'nursery' and n.id::text = a.subject_id;
update audit_entry a set nursery_id = c.nursery_id, division_code = c.division_code
  from complaint c where a.subject_type = 'complaint' and c.id::text = a.subject_id;
update audit_entry a set division_code = a.subject_id
  where a.subject_type = 'division' and a.subject_id ~ '^[0-9]{6}$';
update audit_entry a set division_code = d.division_code
  from inspection_draw d where a.subject_type = 'inspection_draw' and d.id::text = a.subject_id;
update audit_entry a set division_code = i.division_code
  from inspector i where a.subject_type = 'inspector' and i.id::text = a.subject_id;
update audit_entry a set nursery_id = r.nursery_id, division_code = n.division_code
  from (select id, nursery_id from inspection union all select id, nursery_id from quality_assessment
        union all select id, nursery_id from penalty union all select id, nursery_id from misconduct
        union all select id, nursery_id from credit_entry) r
  join nursery n on n.id = r.nursery_id
  where a.subject_type in ('inspection', 'quality_assessment', 'penalty', 'misconduct', 'credit_entry')
    and r.id::text = a.subject_id;

alter table audit_entry enable trigger audit_entry_append_only;

-- The log's reading paths: newest first within a district, and by person.
create index audit_entry_division_idx on audit_entry (division_code, occurred_at desc);
create index audit_entry_nursery_idx on audit_entry (nursery_id, occurred_at desc) where nursery_id is not null;
create index audit_entry_actor_idx on audit_entry (actor_id, occurred_at desc);
