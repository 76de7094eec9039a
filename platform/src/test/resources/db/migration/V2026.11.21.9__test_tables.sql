create table test_effect (
    id      bigint generated always as identity primary key,
    subject varchar(100) not null,
    amount  integer      not null
);
create table test_officer (
    officer_id varchar(100) primary key,
    name       varchar(100) not null
);
