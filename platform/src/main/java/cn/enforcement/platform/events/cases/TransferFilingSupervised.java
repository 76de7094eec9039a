package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The supervising procuratorate took up a refused transfer (立案监督, CPL 113; TP 14): the receiver answers again. */
public record TransferFilingSupervised(
        CaseRef caseRef,
        String transferId,
        String procuratorateCode,
        String opinion,
        Instant at) implements CaseEvent {
}
