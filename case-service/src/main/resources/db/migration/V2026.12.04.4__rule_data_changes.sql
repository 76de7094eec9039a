-- Every change of the province's rule data, versioned per item or calendar year, with who made it.
create table rule_data_change (
    id          bigint generated always as identity primary key,
    data_key    varchar(60)  not null,
    version     integer      not null,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null,
    content     text         not null,
    unique (data_key, version)
);
