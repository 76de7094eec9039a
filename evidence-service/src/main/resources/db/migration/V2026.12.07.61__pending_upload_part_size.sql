-- Each part of a presigned upload is signed for its length: every part but the last has part_size bytes. Uploads under
-- way when this runs were started with equal parts.
alter table pending_upload add column part_size bigint;
update pending_upload set part_size = (declared_size + parts - 1) / parts;
alter table pending_upload alter column part_size set not null;
