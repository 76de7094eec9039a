package cn.enforcement.cases.domain;

import cn.enforcement.platform.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An act as it is performed: by whom, when it was performed (the time every rule judges it at, PL 47) and when the
 * platform recorded it. Given to each act of the domain by the one who begins it ({@link CaseJournal#begin}).
 */
public record ActContext(String actor, Instant performedAt, Instant recordedAt) {

    /** The day (Beijing time) the act was performed. */
    public LocalDate day() {
        return BeijingTime.dayOf(performedAt);
    }
}
