package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseDeadline;
import java.time.LocalDate;

/** A deadline near (yellow) or past (red), with how it was computed. */
public record DeadlineEntry(String caseId, String caseNumber, String kind, LocalDate dueOn, String colour, String howComputed) {

    /** As the deadline list's query selects it. */
    public DeadlineEntry(String caseId, String caseNumber, CaseDeadline.Kind kind, LocalDate dueOn, String colour, String howComputed) {
        this(caseId, caseNumber, kind.name(), dueOn, colour, howComputed);
    }
}
