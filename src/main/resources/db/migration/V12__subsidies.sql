-- Subsidies that lower what a family pays for a nursery place, kept by supervisors per division and dated.
-- A subsidy of a division applies to nurseries in it and in its sub-divisions; '100000' is the national division
-- (the code Chinese map services use for the whole country; it is not in the GB/T 2260 register, hence no foreign key).
-- Conditions the service can check are columns (age, care types, inclusive nurseries only); a condition only the
-- parent knows is a parent_choice the request sets (EMPLOYER_ALLOWANCE: "my employer pays the allowance").
create table subsidy (
    id             uuid primary key,
    division_code  varchar(6)  not null check (division_code ~ '^[0-9]{6}$'),
    name           text        not null,
    name_en        text        not null,
    source         text        not null,
    source_url     text,
    amount_yuan    integer     not null check (amount_yuan > 0),
    period         text        not null check (period in ('MONTH', 'YEAR')),
    min_age_months integer     check (min_age_months >= 0),
    max_age_months integer     check (max_age_months > 0),
    care_types     text,
    inclusive_only boolean     not null default false,
    parent_choice  text        check (parent_choice in ('EMPLOYER_ALLOWANCE')),
    valid_from     date        not null,
    valid_to       date,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    version        integer     not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (min_age_months is null or max_age_months is null or max_age_months > min_age_months)
);
create index subsidy_by_division on subsidy (division_code, valid_from);

-- Reference rows, in the migration rather than the demo data: they are published policy, true in every deployment
-- from the day it starts (the demo data only makes up nurseries). Supervisors correct or end them through the API.
-- 育儿补贴: 3,600 yuan a year for each child under three, from 1 January 2025, everywhere.
insert into subsidy (id, division_code, name, name_en, source, source_url, amount_yuan, period, min_age_months,
                     max_age_months, care_types, inclusive_only, parent_choice, valid_from, valid_to, recorded_by, recorded_at)
values ('5b0c7a8e-2f4d-4c41-9d2e-000000000001', '100000', '国家育儿补贴', 'National childcare subsidy',
        '中共中央办公厅、国务院办公厅《育儿补贴制度实施方案》（2025年7月）：每孩每年3600元，发放至3周岁',
        null,
        3600, 'YEAR', 0, 36, null, false, null, date '2025-01-01', null, 'migration', now()),
-- 忻州市 (seed 002): employers are encouraged to pay parents 200 yuan a month per child; only the parent knows
-- whether theirs does, so it counts only when the request says so.
       ('5b0c7a8e-2f4d-4c41-9d2e-000000000002', '140900', '用人单位婴幼儿保教费', 'Employer childcare allowance',
        '忻州市人民政府办公室《忻州市促进3岁以下婴幼儿照护服务发展实施方案》（2020年5月29日）：鼓励用人单位对计划生育政策内生育的婴幼儿家庭父母每人每月发放200元的婴幼儿保教费',
        null,
        200, 'MONTH', 0, 36, null, false, 'EMPLOYER_ALLOWANCE', date '2020-05-29', null, 'migration', now());
