-- Files a complainant declares with a complaint (photos, a receipt, a recording): each bound at filing to its size and
-- SHA-256; the bytes go to the evidence store, which confirms their arrival (ComplaintAttachmentReceived).
create table complaint_attachment (
    attachment_id     varchar(36)   primary key,
    tracking_number   varchar(24)   not null references complaint (tracking_number),
    file_name         varchar(200)  not null,
    content_type      varchar(100)  not null,
    size_bytes        bigint        not null check (size_bytes > 0),
    sha256            varchar(64)   not null,
    received_at       timestamptz
);
create index complaint_attachment_complaint on complaint_attachment (tracking_number, attachment_id);
