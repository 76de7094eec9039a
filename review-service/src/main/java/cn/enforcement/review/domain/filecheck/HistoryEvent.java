package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One published event of a case's history: its id (what a finding cites), when the act happened, when its service
 * recorded it (later for an act done offline), and what it says.
 */
public record HistoryEvent<E extends DomainEvent>(String eventId, Instant at, Instant recordedAt, E payload) {

    /** An act recorded as it happened. */
    public HistoryEvent(String eventId, Instant at, E payload) {
        this(eventId, at, at, payload);
    }

    public LocalDate day() {
        return BeijingTime.dayOf(at);
    }

    public String typeName() {
        return payload.getClass().getSimpleName();
    }
}
