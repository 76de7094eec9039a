-- Dead letters an operator sent back to their topic: each once (see DeadLetterResource).
create table dead_letter_replay (
    dead_letter varchar(300) primary key,
    replayed_by varchar(100) not null,
    replayed_at timestamptz not null
);
