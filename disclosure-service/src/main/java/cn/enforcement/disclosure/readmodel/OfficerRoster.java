package cn.enforcement.disclosure.readmodel;

import cn.enforcement.platform.credentials.CredentialStanding;
import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the public roster (执法人员公示) current from personnel events, in whatever order they
 * arrive: officer events set the officer's details, credential events the credential they hold.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficerRoster {

    public void officerRegistered(OfficerRegistered event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.registeredAt());
        if (officer.name == null || !event.registeredAt().isBefore(officer.lastEventAt)) {
            describe(officer, event.name(), event.agencyCode(), event.regionCode(), event.post(), event.enforcementFields());
        }
        officer.persist();
    }

    public void officerUpdated(OfficerUpdated event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.effectiveAt());
        if (isNewer(officer, event.effectiveAt())) {
            describe(officer, event.name(), event.agencyCode(), event.regionCode(), event.post(), event.enforcementFields());
        }
        officer.persist();
    }

    public void officerMoved(OfficerMoved event) {
        PublicOfficer officer = findOrCreate(event.officerId(), event.effectiveAt());
        if (isNewer(officer, event.effectiveAt())) {
            officer.name = event.name();
            officer.agencyCode = event.agencyCode();
            officer.regionCode = event.regionCode();
            officer.post = event.post();
            if (officer.enforcementFields == null) {
                officer.enforcementFields = List.of();
            }
        }
        officer.persist();
    }

    public void officerLeftPost(OfficerLeftPost event) {
        PublicOfficer officer = PublicOfficer.findById(event.officerId());
        if (officer != null) {
            officer.onPost = false;
        }
    }

    public void credentialChanged(CredentialEvent event) {
        CredentialSnapshot credential = event.credential();
        PublicOfficer officer = findOrCreate(credential.officerId(), event.effectiveAt());
        if (officer.credentialEventAt != null && !event.effectiveAt().isAfter(officer.credentialEventAt)) {
            return;
        }
        if (officer.name == null || isNewer(officer, event.effectiveAt())) {
            describe(officer, credential.officerName(), credential.agencyCode(), credential.regionCode(), credential.post(),
                    credential.enforcementFields());
        }
        officer.credentialNumber = credential.credentialNumber();
        officer.credentialValidTo = credential.validTo();
        officer.credentialStatus = credential.status();
        officer.annualReviewOverdue = credential.annualReviewOverdue();
        officer.credentialEventAt = event.effectiveAt();
        Optional<CredentialStanding.ActingWindow> window = credential.standing().actingWindow();
        officer.actingFrom = window.map(CredentialStanding.ActingWindow::from).orElse(null);
        officer.actingUntil = window.map(CredentialStanding.ActingWindow::until).orElse(null);
        officer.persist();
    }

    private static boolean isNewer(PublicOfficer officer, Instant at) {
        if (at.isBefore(officer.lastEventAt)) {
            return false;
        }
        officer.lastEventAt = at;
        return true;
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
