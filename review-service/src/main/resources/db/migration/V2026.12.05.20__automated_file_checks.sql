-- Automated file checks (案卷自动评查): every case's history as the services published it, kept so that a
-- closed file can be checked again whenever a check is added or changed.
create table case_file (
    case_id       varchar(36)   primary key,
    case_number   varchar(40),
    agency_code   varchar(9)    not null,
    region_code   varchar(6)    not null,
    closed_at     timestamptz,
    credentials   varchar(40)[] not null default '{}',
    checked_with  varchar(1000),
    checked_at    timestamptz
);
create index case_file_closed on case_file (agency_code, closed_at) where closed_at is not null;
-- The closed files naming a credential, to check again when the register changes it.
create index case_file_credentials on case_file using gin (credentials);

-- One event of a case's history: what a finding cites. occurred_at is the act's own time (an act done offline is
-- recorded later), recorded_at when its service recorded it.
create table case_history_event (
    event_id    varchar(64)  primary key,
    case_id     varchar(36)  not null references case_file (case_id),
    type        varchar(60)  not null,
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null,
    payload     jsonb        not null
);
create index case_history_event_case on case_history_event (case_id, occurred_at);

-- The register's credentials as personnel-service last published them: whether an act's officers held
-- one valid on its day.
create table known_credential (
    credential_number varchar(40)  primary key,
    officer_id        varchar(36)  not null,
    agency_code       varchar(9)   not null,
    valid_from        date,
    valid_to          date,
    effective_at      timestamptz  not null
);
create index known_credential_officer on known_credential (officer_id);

-- What the checks found in a closed file, replaced whenever the file is checked again.
create table file_finding (
    finding_id   varchar(36)   primary key,
    case_id      varchar(36)   not null references case_file (case_id),
    agency_code  varchar(9)    not null,
    region_code  varchar(6)    not null,
    check_name   varchar(60)   not null,
    grade        varchar(20)   not null,
    basis        varchar(100)  not null,
    description  varchar(2000) not null,
    evidence     jsonb         not null,
    found_at     timestamptz   not null
);
create index file_finding_case on file_finding (case_id);
create index file_finding_agency on file_finding (agency_code, found_at, finding_id);
