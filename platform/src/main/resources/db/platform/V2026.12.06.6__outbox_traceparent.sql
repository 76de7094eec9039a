-- The trace context of the act that wrote an event, relayed as the Kafka record's traceparent header (tracing is
-- optional: null when it is off).
alter table outbox_event add column traceparent varchar(55);
