-- Files the public attaches to a complaint (投诉举报). Each is declared with the complaint (ComplaintFiled from
-- review-service) by size, SHA-256 and content type, uploaded through a presigned single-part multipart upload, and
-- taken in only if the stored bytes are exactly those declared.
create table complaint_attachment (
    attachment_id     varchar(36)   primary key,
    tracking_number   varchar(24)   not null,
    region_code       varchar(6)    not null,
    agency_code       varchar(9),
    file_name         varchar(200)  not null,
    content_type      varchar(100)  not null,
    declared_size     bigint        not null,
    declared_sha256   varchar(64)   not null,
    object_key        varchar(120)  not null,
    upload_id         varchar(1024),
    upload_started_at timestamptz,
    declared_at       timestamptz   not null,
    received_at       timestamptz
);
create index complaint_attachment_complaint on complaint_attachment (tracking_number);
create index complaint_attachment_uploading on complaint_attachment (upload_started_at) where upload_id is not null;
