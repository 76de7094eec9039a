alter table officer_credential add column annual_review_overdue boolean not null default false;
