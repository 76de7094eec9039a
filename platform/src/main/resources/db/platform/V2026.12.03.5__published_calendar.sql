-- The working-day calendar as case-service publishes it (WorkingCalendarPublished), in every service that
-- counts working days without keeping the calendar itself.
create table published_calendar_day (
    day   date        primary key,
    kind  varchar(30) not null,
    name  varchar(50) not null
);
