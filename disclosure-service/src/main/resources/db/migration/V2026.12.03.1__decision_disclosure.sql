-- Decisions disclosed after enforcement (事后公开, PL 48; seed 002): one record per decided case, drafted
-- from CaseDecided with personal data redacted, published by the agency's disclosure admin within its due
-- date, and withdrawn with the reason when the decision is revoked.
create table disclosure_record (
    record_id                 varchar(36)   primary key,
    case_id                   varchar(36)   not null unique,
    case_number               varchar(40)   not null,
    agency_code               varchar(9)    not null,
    region_code               varchar(6)    not null,
    procedure                 varchar(20)   not null,
    party_type                varchar(20)   not null,
    party_name                varchar(200)  not null,
    organisation_credit_code  varchar(18),
    violation_items           varchar(20)[] not null,
    facts                     varchar(4000) not null,
    legal_basis               varchar(1000) not null,
    penalty_kind              varchar(40)   not null,
    amount                    numeric(12, 2),
    decided_at                timestamptz   not null,
    status                    varchar(20)   not null,
    masked_phrases            varchar(200)[] not null,
    due_on                    date          not null,
    due_explanation           varchar(2000) not null,
    published_at              timestamptz,
    published_by              varchar(100),
    display_until             date,
    revoked_at                timestamptz,
    revocation_reason         varchar(2000),
    withdrawn_at              timestamptz,
    withdrawn_by              varchar(100),
    overdue_published_at      timestamptz,
    version                   bigint        not null default 0
);
create index disclosure_record_queue on disclosure_record (agency_code, status, due_on, record_id);
create index disclosure_record_public on disclosure_record (decided_at desc, record_id) where published_at is not null;

-- Who drafted, redacted further, published or withdrew a record, and when.
create table disclosure_log (
    id         bigserial    primary key,
    record_id  varchar(36)  not null,
    action     varchar(40)  not null,
    subject    varchar(100) not null,
    detail     varchar(2000),
    at         timestamptz  not null
);
create index disclosure_log_record on disclosure_log (record_id, at);
