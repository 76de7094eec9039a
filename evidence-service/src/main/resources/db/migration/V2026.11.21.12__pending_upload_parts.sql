-- How many parts a presigned upload was started with, so that a resumed upload gets fresh URLs for the parts still missing.
alter table pending_upload add column parts integer not null default 1;
