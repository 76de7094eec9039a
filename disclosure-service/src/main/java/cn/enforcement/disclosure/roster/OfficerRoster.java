package cn.enforcement.disclosure.roster;

import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Keeps the public roster from personnel events; either event may arrive first. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficerRoster {

    public void officerRegistered(OfficerRegistered event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.registeredAt());
        describe(officer, event.name(), event.agencyCode(), event.regionCode(), event.post(), event.enforcementFields());
        officer.persist();
    }

    public void credentialIssued(CredentialIssued event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.effectiveAt());
        describe(officer, event.officerName(), event.agencyCode(), event.regionCode(), event.post(), event.enforcementFields());
        officer.credentialNumber = event.credentialNumber();
        officer.credentialValidTo = event.validTo();
        if (event.effectiveAt().isAfter(officer.lastEventAt)) {
            officer.lastEventAt = event.effectiveAt();
        }
        officer.persist();
    }

    private static void describe(PublicOfficer officer, String name, String agencyCode, String regionCode, String post,
            List<String> enforcementFields) {
        officer.name = name;
        officer.agencyCode = agencyCode;
        officer.regionCode = regionCode;
        officer.post = post;
        officer.enforcementFields = enforcementFields;
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
