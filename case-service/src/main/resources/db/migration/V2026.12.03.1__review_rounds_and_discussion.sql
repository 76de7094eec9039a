-- Legal review in rounds (a case returned for supplement is sent again) and the heads' collective
-- discussion (PL 57 ¶2) that a major decision may also need.
alter table penalty_case
    add column review_request_id varchar(36),
    add column review_round integer not null default 0,
    add column review_outcome varchar(32),
    add column review_completed_at timestamp with time zone,
    add column review_id varchar(36),
    add column discussion_required boolean not null default false,
    add column discussion_for_decision_at timestamp with time zone,
    add column discussion_on_dispute boolean not null default false;

-- Which years of the working-day calendar have been published to other services, and as what.
create table calendar_publication (
    year integer primary key,
    digest varchar(64) not null,
    published_at timestamp with time zone not null
);
