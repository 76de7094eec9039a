package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/**
 * The case was transferred to the judiciary (移送, PL 27, 82; TP) with its five attachments: no fine may be
 * decided instead. The receiving body, and the procuratorate that supervises it, may read its evidence package.
 */
public record CaseTransferred(
        CaseRef caseRef,
        String transferId,
        String receivingBodyCode,
        String receivingBody,
        String supervisingProcuratorate,
        List<String> attachments,
        Instant at) implements CaseEvent {
}
