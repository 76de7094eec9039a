package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The penalty decision was made (PL 59-60): what disclosure publishes and statistics count. The waivers say
 * whether the party gave up the rest of the statement or hearing-request period in writing, so an audit of
 * the file can tell an early decision from a lawful one.
 */
public record CaseDecided(
        CaseRef caseRef,
        String penaltyKind,
        BigDecimal amount,
        String legalBasis,
        String partyType,
        String partyName,
        List<String> violationItems,
        String procedure,
        String organisationCreditCode,
        String facts,
        boolean statementWaived,
        boolean hearingRequestWaived,
        List<NamedPerson> persons,
        List<String> vehiclePlates,
        Instant at) implements CaseEvent {

    public CaseDecided {
        persons = persons == null ? List.of() : persons;
        vehiclePlates = vehiclePlates == null ? List.of() : vehiclePlates;
    }
}
