-- Every piece of rule data told to other services (calendar years, catalogue items), by digest.
create table rule_data_publication (
    data_key     varchar(60) primary key,
    digest       varchar(64) not null,
    published_at timestamp with time zone not null
);
insert into rule_data_publication (data_key, digest, published_at)
    select 'calendar-' || year, digest, published_at from calendar_publication;
drop table calendar_publication;
