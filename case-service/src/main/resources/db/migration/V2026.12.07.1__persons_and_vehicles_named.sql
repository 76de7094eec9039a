-- The natural persons and vehicles a case names, so that disclosure masks each wherever a published text writes it.
alter table penalty_case add column named_persons jsonb not null default '[]';
alter table penalty_case add column vehicle_plates text[] not null default '{}';
