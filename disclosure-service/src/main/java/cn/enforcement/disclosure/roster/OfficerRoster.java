package cn.enforcement.disclosure.roster;

import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Keeps the public roster from personnel events; either event may arrive first. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficerRoster {

    public void officerRegistered(OfficerRegistered event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.registeredAt());
        officer.name = event.name();
        officer.agencyCode = event.agencyCode();
        officer.regionCode = event.regionCode();
        officer.post = event.post();
        officer.enforcementFields = event.enforcementFields();
        officer.persist();
    }

    public void credentialIssued(CredentialIssued event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.effectiveAt());
        officer.name = event.officerName();
        officer.agencyCode = event.agencyCode();
        officer.regionCode = event.regionCode();
        officer.post = event.post();
        officer.enforcementFields = event.enforcementFields();
        officer.credentialNumber = event.credentialNumber();
        officer.credentialValidTo = event.validTo();
        if (event.effectiveAt().isAfter(officer.lastEventAt)) {
            officer.lastEventAt = event.effectiveAt();
        }
        officer.persist();
    }

    private static PublicOfficer findOrCreate(String officerId, Instant at) {
        PublicOfficer officer = PublicOfficer.findById(officerId);
        if (officer == null) {
            officer = new PublicOfficer();
            officer.officerId = officerId;
            officer.lastEventAt = at;
        }
        return officer;
    }
}
