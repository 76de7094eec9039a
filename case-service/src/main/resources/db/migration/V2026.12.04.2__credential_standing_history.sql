-- Every standing a credential had, from the effective time of the change, so that an act recorded late is
-- judged by the credential as it stood when the act was performed. Seeded with the standing known now.
create table officer_credential_standing (
    credential_number     varchar(14) not null,
    effective_at          timestamptz not null,
    agency_code           varchar(9)  not null,
    status                varchar(20) not null,
    annual_review_overdue boolean     not null,
    valid_from            date        not null,
    valid_to              date        not null,
    primary key (credential_number, effective_at)
);
insert into officer_credential_standing
select credential_number, last_event_at, agency_code, status, annual_review_overdue, valid_from, valid_to from officer_credential;
