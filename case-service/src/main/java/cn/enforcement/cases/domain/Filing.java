package cn.enforcement.cases.domain;

import cn.enforcement.platform.events.cases.NamedPerson;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer files (立案): the party, the act, the handling officers, the persons and vehicles the case names, and for a
 * summary case the penalty given on the spot.
 */
public record Filing(Procedure procedure, CaseSource source, PartyType partyType, String partyName, String partyIdentifier,
        List<String> violationItems, LocalDate occurredOn, LocalDate actEndedOn, boolean harmedLifeHealthOrFinance,
        String place, String facts, List<String> handlingCredentials, boolean complex, Penalty onTheSpotPenalty,
        String onTheSpotLegalBasis, List<NamedPerson> persons, List<String> vehiclePlates) {

    /** The date the limitation period runs from: the act, or its end if it continued (PL 36). */
    public LocalDate limitationStart() {
        return actEndedOn != null ? actEndedOn : occurredOn;
    }
}
