package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.credentials.CredentialStanding;
import java.time.LocalDate;
import java.util.List;

/**
 * A credential as it stands after a change: every credential event carries one, so a consumer keeps
 * its read model by taking the latest snapshot, whatever the change was.
 *
 * @param username the holder's login, when linked, so services can tell which officer a caller is
 * @param status ACTIVE, SUSPENDED, REVOKED, CANCELLED or EXPIRED
 * @param annualReviewOverdue the previous year's annual review (年审) is missing past its due date
 */
public record CredentialSnapshot(
        String credentialNumber,
        String officerId,
        String officerName,
        String username,
        String agencyCode,
        String regionCode,
        String post,
        List<String> enforcementFields,
        String status,
        boolean annualReviewOverdue,
        LocalDate validFrom,
        LocalDate validTo) {

    /** What the snapshot says of the holder's right to act, judged by the one rule. */
    public CredentialStanding standing() {
        return new CredentialStanding(credentialNumber, agencyCode, status, annualReviewOverdue, validFrom, validTo);
    }
}
