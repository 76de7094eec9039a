package cn.enforcement.cases.api;

import java.time.LocalDate;

/** A deadline near (yellow) or past (red), with how it was computed. */
public record DeadlineEntry(String caseId, String caseNumber, String kind, LocalDate dueOn, String colour, String howComputed) {
}
