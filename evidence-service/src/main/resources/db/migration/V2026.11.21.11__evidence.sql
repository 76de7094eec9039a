-- What evidence-service knows of cases, from case events: whether they exist, whose, how far along.
create table known_case (
    case_id          varchar(36)  primary key,
    agency_code      varchar(9)   not null,
    region_code      varchar(6)   not null,
    status           varchar(20)  not null,
    filed_at         timestamptz  not null,
    notice_at        timestamptz,
    hearing_at       timestamptz,
    served_at        timestamptz,
    transfer_receiver varchar(200)
);

-- A piece of evidence: an object in storage (key made by the server), its hash at intake, its metadata.
create table evidence (
    evidence_id        varchar(36)   primary key,
    case_id            varchar(36)   not null references known_case (case_id),
    agency_code        varchar(9)    not null,
    region_code        varchar(6)    not null,
    kind               varchar(30)   not null,
    stage              varchar(40)   not null,
    object_key         varchar(200)  not null unique,
    sha256             varchar(64)   not null,
    size_bytes         bigint        not null,
    content_type       varchar(100)  not null,
    recorded_at        timestamptz   not null,
    recorded_by        varchar(14)   not null,
    device_id          varchar(100),
    location           varchar(300),
    description        varchar(2000),
    received_at        timestamptz   not null,
    received_by        varchar(100)  not null,
    legal_hold         boolean       not null default false,
    retain_until       date          not null,
    last_verified_at   timestamptz,
    integrity_failed   boolean       not null default false
);
create index evidence_case on evidence (case_id);
create index evidence_verification_round on evidence (last_verified_at nulls first);

-- The hash-chained chain of custody (证据保管链).
create table custody_link (
    evidence_id    varchar(36)   not null references evidence (evidence_id),
    sequence       bigint        not null,
    action         varchar(20)   not null,
    actor          varchar(100)  not null,
    at             timestamptz   not null,
    origin         varchar(100),
    details        varchar(2000),
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null,
    primary key (evidence_id, sequence)
);

-- Presigned multipart uploads under way.
create table pending_upload (
    upload_id       varchar(300)  primary key,
    evidence_id     varchar(36)   not null,
    case_id         varchar(36)   not null references known_case (case_id),
    object_key      varchar(200)  not null,
    kind            varchar(30)   not null,
    stage           varchar(40)   not null,
    declared_sha256 varchar(64)   not null,
    declared_size   bigint        not null,
    recorded_at     timestamptz   not null,
    recorded_by     varchar(14)   not null,
    device_id       varchar(100),
    location        varchar(300),
    description     varchar(2000),
    started_by      varchar(100)  not null,
    started_at      timestamptz   not null
);

-- Audio-video stages reported missing, so each is reported once.
create table recording_alert (
    case_id   varchar(36)  not null,
    stage     varchar(40)  not null,
    raised_at timestamptz  not null,
    primary key (case_id, stage)
);

-- Sealed evidence packages for transfers to the judiciary (移送).
create table evidence_package (
    package_id       varchar(36)   primary key,
    case_id          varchar(36)   not null unique references known_case (case_id),
    receiving_body   varchar(200)  not null,
    manifest         text          not null,
    manifest_sha256  varchar(64)   not null,
    sealed_at        timestamptz   not null
);

create table package_access (
    id          bigint generated always as identity primary key,
    package_id  varchar(36)  not null references evidence_package (package_id),
    subject     varchar(100) not null,
    at          timestamptz  not null
);
