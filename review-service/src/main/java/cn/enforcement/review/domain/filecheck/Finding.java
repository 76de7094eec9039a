package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What a file check found in a case's history: the rule, how serious, and the events that show it. */
public record Finding(String check, FindingGrade grade, String basis, String description, List<Cited> evidence) {

    /** An event a finding rests on: its id, type and time, so an evaluator can open it. */
    public record Cited(String eventId, String event, Instant at) {
        static Cited of(HistoryEvent<?> event) {
            return new Cited(event.eventId(), event.typeName(), event.at());
        }
    }

    /** How a finding names what was decided: {@code FINE 12000 yuan}, {@code LICENCE_REVOCATION}. */
    static String penalty(CaseDecided decided) {
        return decided.penaltyKind() + (decided.amount() == null ? "" : " " + decided.amount().toPlainString() + " yuan");
    }

    static Finding of(FileCheck check, FindingGrade grade, String description, HistoryEvent<?>... evidence) {
        return new Finding(check.name(), grade, check.basis(), description, Arrays.stream(evidence).map(Cited::of).toList());
    }
}
