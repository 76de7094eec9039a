package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.platform.identity.ResidentIdNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API returns about officers and credentials. */
final class OfficerViews {

    private OfficerViews() {
    }

    record OfficerView(String officerId, String name, String gender, String idNumber, String agencyCode, String regionCode,
            String post, List<String> enforcementFields, String education, String photoObjectKey, String username,
            boolean onPost, Instant leftPostAt, String legalQualificationCertificate, LocalDate legalQualificationObtainedOn,
            String credentialInForce) {

        /** The full ID number only for personnel admins (who manage the record); everyone else sees it masked. */
        static OfficerView of(Officer officer, boolean fullIdNumber) {
            return new OfficerView(officer.officerId, officer.name, officer.gender,
                    fullIdNumber ? officer.idNumber : ResidentIdNumber.masked(officer.idNumber), officer.agencyCode,
                    officer.regionCode, officer.post, officer.enforcementFields, officer.education, officer.photoObjectKey,
                    officer.username, officer.onPost, officer.leftPostAt, officer.legalQualificationCertificate,
                    officer.legalQualificationObtainedOn,
                    Credential.inForceOf(officer.officerId).map(c -> c.credentialNumber).orElse(null));
        }
    }

    record CredentialView(String credentialNumber, String officerId, String status, LocalDate validFrom, LocalDate validTo,
            Instant issuedAt, Integer annualReviewOverdueYear, Instant revokedAt, String revocationReason, Instant cancelledAt,
            String cancellationReason) {

        static CredentialView of(Credential credential) {
            return new CredentialView(credential.credentialNumber, credential.officerId, credential.status.name(),
                    credential.validFrom, credential.validTo, credential.issuedAt, credential.reviewOverdueYear,
                    credential.revokedAt, credential.revocationReason, credential.cancelledAt, credential.cancellationReason);
        }
    }
}
