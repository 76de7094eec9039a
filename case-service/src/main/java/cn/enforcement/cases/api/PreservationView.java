package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.preservation.EvidencePreservation;
import cn.enforcement.cases.domain.preservation.PreservationHandling;
import cn.enforcement.cases.domain.preservation.PreservationPeriod;
import cn.enforcement.cases.domain.preservation.PreservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evidence preservation as it stands; {@code lapsed} once its 7 working days passed without a handling decision. */
public record PreservationView(String preservationId, String caseId, PreservationStatus status, List<PreservationRequest.Item> items,
        String keptAt, String reasons, String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt, LocalDate dueOn,
        boolean lapsed, PreservationHandling handling, String handlingNote, Instant handledAt) {

    static PreservationView of(EvidencePreservation p, LocalDate today) {
        return new PreservationView(p.preservationId, p.caseId, p.status,
                p.items.stream().map(i -> new PreservationRequest.Item(i.name, i.quantity, i.description)).toList(), p.keptAt, p.reasons,
                p.requestedBy, p.requestedAt, p.approvedBy, p.approvedAt, p.dueOn,
                p.status == PreservationStatus.APPROVED && PreservationPeriod.lapsed(p.dueOn, today), p.handling, p.handlingNote,
                p.handledAt);
    }
}
