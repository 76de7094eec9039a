-- The public officer roster (执法人员公示, seed 002): name, credential number, post, region.
-- Kept from personnel events; holds nothing that may not be published.
create table public_officer (
    officer_id          varchar(36)  primary key,
    name                varchar(50)  not null,
    agency_code         varchar(9)   not null,
    region_code         varchar(6)   not null,
    post                varchar(50)  not null,
    enforcement_fields  varchar(40)[] not null,
    credential_number   varchar(14),
    credential_valid_to date,
    last_event_at       timestamptz  not null
);
create index public_officer_agency on public_officer (agency_code, name, officer_id);
