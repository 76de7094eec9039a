-- Enforcement documents (执法文书): numbered per agency, kind and year without gaps, issued once as a PDF kept in
-- the object store with its SHA-256; a correction is a new document naming the one it corrects.
create table document_number (
    agency_code   varchar(9)   not null,
    kind          varchar(40)  not null,
    year          int          not null,
    last_number   int          not null,
    primary key (agency_code, kind, year)
);

create table issued_document (
    document_id       varchar(36)   primary key,
    number            varchar(60)   not null unique,
    case_id           varchar(36)   not null references penalty_case (case_id),
    agency_code       varchar(9)    not null,
    kind              varchar(40)   not null,
    template_version  int           not null,
    sha256            varchar(64)   not null,
    size_bytes        bigint        not null,
    object_key        varchar(120)  not null,
    issued_at         timestamptz   not null,
    issued_by         varchar(100)  not null,
    corrects          varchar(36)   references issued_document (document_id)
);
create index issued_document_case on issued_document (case_id, kind, issued_at);
create unique index issued_document_corrected_once on issued_document (corrects) where corrects is not null;

-- What the decision's reasons need from the proposal (说理): the degree, the circumstances and the tier's range.
alter table penalty_case add column proposal_degree numeric(14, 2);
alter table penalty_case add column proposal_circumstances varchar(40)[];
alter table penalty_case add column proposal_tier_description varchar(200);
alter table penalty_case add column proposal_range_min numeric(12, 2);
alter table penalty_case add column proposal_range_max numeric(12, 2);

-- Whether the agency accepted the party's statement or defence (采纳 or 不予采纳), for the decision's reasons.
alter table case_statement add column accepted boolean;
