package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/** A penalty case was filed (立案): its procedure, source, party type and violation items. */
public record CaseFiled(
        CaseRef caseRef,
        String procedure,
        String source,
        String partyType,
        String partyName,
        List<String> violationItems,
        List<String> handlingCredentials,
        Instant at) implements CaseEvent {
}
