-- The published working-day calendar is now kept in the platform's table, the same in every service.
insert into published_calendar_day (day, kind, name) select day, kind, name from calendar_day on conflict (day) do nothing;
drop table calendar_day;
