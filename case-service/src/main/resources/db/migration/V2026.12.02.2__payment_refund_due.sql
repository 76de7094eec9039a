-- A bank confirmation above the fine and late fee is kept as a refund due, not taken silently.
alter table penalty_case add column refund_due numeric(12, 2) not null default 0;
