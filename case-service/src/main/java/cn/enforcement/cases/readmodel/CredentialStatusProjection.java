package cn.enforcement.cases.readmodel;

import cn.enforcement.platform.credentials.CredentialStanding;
import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Keeps {@link OfficerCredential} current from personnel events, tolerant of late and repeated
 * delivery: a snapshot older than the one held changes nothing current. Every snapshot is also kept in
 * the credential's history, so that an act is judged by the standing at its time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CredentialStatusProjection {

    public void credentialChanged(CredentialEvent event) {
        CredentialSnapshot snapshot = event.credential();
        OfficerCredential credential = OfficerCredential.findById(snapshot.credentialNumber());
        if (credential == null) {
            credential = new OfficerCredential();
            credential.credentialNumber = snapshot.credentialNumber();
        } else if (!event.effectiveAt().isAfter(credential.lastEventAt)) {
            OfficerCredential.keepStanding(standingOf(snapshot), event.effectiveAt());
            return;
        }
        credential.officerId = snapshot.officerId();
        credential.officerName = snapshot.officerName();
        credential.username = snapshot.username();
        credential.agencyCode = snapshot.agencyCode();
        credential.regionCode = snapshot.regionCode();
        credential.status = snapshot.status();
        credential.annualReviewOverdue = snapshot.annualReviewOverdue();
        credential.validFrom = snapshot.validFrom();
        credential.validTo = snapshot.validTo();
        credential.lastEventAt = event.effectiveAt();
        credential.persist();
        OfficerCredential.keepStanding(credential.standing(), event.effectiveAt());
        if (!credential.standing().statusAllowsActs()) {
            flagOpenCasesForReassignment(snapshot.credentialNumber());
        }
    }

    private static CredentialStanding standingOf(CredentialSnapshot snapshot) {
        return new CredentialStanding(snapshot.credentialNumber(), snapshot.agencyCode(), snapshot.status(),
                snapshot.annualReviewOverdue(), snapshot.validFrom(), snapshot.validTo());
    }

    /** An officer who may no longer act leaves open cases that need another officer (PL 42). */
    private static void flagOpenCasesForReassignment(String credentialNumber) {
        OfficerCredential.getEntityManager().createNativeQuery("update penalty_case set needs_reassignment = true"
                + " where status not in ('REVOKED', 'CLOSED', 'ARCHIVED')"
                + " and case_id in (select case_id from case_officer where credential_number = ?1)")
                .setParameter(1, credentialNumber).executeUpdate();
    }

    /** The officer's credentials move with them to the new agency. */
    public void officerMoved(OfficerMoved event) {
        List<OfficerCredential> held = OfficerCredential.list("officerId", event.officerId());
        for (OfficerCredential credential : held) {
            credential.agencyCode = event.agencyCode();
            credential.regionCode = event.regionCode();
            OfficerCredential.keepStanding(credential.standing(), event.effectiveAt());
        }
    }
}
