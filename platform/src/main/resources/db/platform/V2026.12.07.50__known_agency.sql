-- The enforcement agencies (执法主体) as personnel-service's registry publishes them (AgencyRecorded): every service
-- names agencies by them and refuses codes that are not among them.
create table known_agency (
    agency_code    varchar(9)   primary key,
    full_name      varchar(100) not null,
    short_name     varchar(20)  not null,
    region_code    varchar(6)   not null,
    parent_code    varchar(9),
    credit_code    varchar(18)  not null,
    in_force_from  date         not null,
    in_force_to    date,
    recorded_at    timestamptz  not null
);
