-- Holiday arrangements loaded by supervisors (the State Council publishes next year's in Nov/Dec). One row per
-- year, the arrangement as JSON in the format of the shipped data files (calendar/<year>.json); a loaded year takes
-- precedence over its file. Every replica re-reads this table on a short interval.
create table holiday_arrangement (
    year        integer primary key check (year between 2000 and 2100),
    source      text        not null,
    arrangement text        not null,
    loaded_at   timestamptz not null,
    loaded_by   text        not null
);
