-- Filing workflow (issue #6): the review clock of a filing, and the materials (备案材料) filed with it.

-- The day the authority's review clock started: the submission, or the latest resubmission after a return. The
-- receipt deadline (5 working days) and the return deadline (15 working days) are counted from it.
alter table filing add column review_started_on date;
update filing set review_started_on = submitted_on;
alter table filing alter column review_started_on set not null;
create index filing_pending_idx on filing (status, review_started_on);

-- One uploaded document of the filing materials checklist. The file itself lives in the object storage under
-- storage_key; a row exists only once the upload committed, so a document is never half-attached.
create table filing_material (
    id           uuid primary key,
    filing_id    uuid        not null references filing (id),
    kind         text        not null check (kind in ('BUSINESS_LICENCE', 'LEGAL_PERSON_CERTIFICATE', 'PREMISES_PROOF',
                                                      'STAFF_QUALIFICATIONS', 'STAFF_HEALTH_CERTIFICATES',
                                                      'HEALTH_EVALUATION', 'FIRE_SAFETY', 'FILING_FORM',
                                                      'COMMITMENT_LETTER', 'FOOD_BUSINESS_LICENCE')),
    document_number varchar(60),
    issued_on    date,
    valid_until  date,
    storage_key  text        not null unique,
    content_type varchar(40) not null,
    size_bytes   integer     not null check (size_bytes > 0),
    sha256       varchar(64) not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null,
    check (valid_until is null or issued_on is null or valid_until >= issued_on)
);
create index filing_material_filing_idx on filing_material (filing_id, kind);
