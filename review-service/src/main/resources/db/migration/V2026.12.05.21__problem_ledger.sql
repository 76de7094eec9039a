-- The problem ledger (问题清单台账): every problem found, from the automated checks, evaluations, complaints or a
-- supervisor, with its measure, owner and deadline, closed one by one (逐条销号) with what was done and the agency
-- head's approval, re-opened when found again.
create table ledger_entry (
    entry_id             varchar(36)   primary key,
    agency_code          varchar(9)    not null,
    region_code          varchar(6)    not null,
    source               varchar(20)   not null,
    -- What found it, so that the same problem found again re-opens the entry: e.g. FILE_CHECK:SERVICE_WITHIN_7_DAYS.
    source_key           varchar(120),
    problem              varchar(2000) not null,
    measure              varchar(2000) not null,
    owner                varchar(100)  not null,
    due_on               date          not null,
    status               varchar(20)   not null,
    rectification        varchar(4000),
    rectification_proof  varchar(200)[],
    rectified_by         varchar(100),
    rectified_at         timestamptz,
    closed_by            varchar(100),
    closed_at            timestamptz,
    closed_in_time       boolean,
    times_reopened       integer       not null default 0,
    overdue_published_on date,
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index ledger_entry_agency on ledger_entry (agency_code, status, due_on, entry_id);
create index ledger_entry_open_due on ledger_entry (due_on) where status <> 'CLOSED';
create unique index ledger_entry_source on ledger_entry (agency_code, source_key) where source_key is not null;

-- The files an entry was found in, so that a file checked again does not count twice.
create table ledger_entry_case (
    entry_id  varchar(36) not null references ledger_entry (entry_id),
    case_id   varchar(36) not null,
    found_at  timestamptz not null,
    primary key (entry_id, case_id)
);

-- Every step of an entry, for the record of how it was closed.
create table ledger_step (
    id        bigserial     primary key,
    entry_id  varchar(36)   not null references ledger_entry (entry_id),
    step      varchar(30)   not null,
    actor     varchar(100)  not null,
    note      varchar(4000),
    at        timestamptz   not null
);
create index ledger_step_entry on ledger_step (entry_id, id);
