package cn.enforcement.cases.readmodel;

import cn.enforcement.platform.events.personnel.CredentialIssued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps {@link OfficerCredential} current from personnel events, tolerant of late and repeated delivery. */
@ApplicationScoped
public class CredentialStatusProjection {

    @Transactional(Transactional.TxType.MANDATORY)
    public void credentialIssued(CredentialIssued event) {
        OfficerCredential credential = OfficerCredential.findById(event.credentialNumber());
        if (credential == null) {
            credential = new OfficerCredential();
            credential.credentialNumber = event.credentialNumber();
        } else if (!event.effectiveAt().isAfter(credential.lastEventAt)) {
            return;
        }
        credential.officerId = event.officerId();
        credential.officerName = event.officerName();
        credential.agencyCode = event.agencyCode();
        credential.regionCode = event.regionCode();
        credential.status = "ACTIVE";
        credential.validFrom = event.validFrom();
        credential.validTo = event.validTo();
        credential.lastEventAt = event.effectiveAt();
        credential.persist();
    }
}
