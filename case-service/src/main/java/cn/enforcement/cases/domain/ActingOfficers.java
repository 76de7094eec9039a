package cn.enforcement.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * PL 42, 52, 55: investigation, coercive measures and decisions are carried out by at least two
 * officers, each holding an enforcement credential valid at the moment of the act.
 */
public final class ActingOfficers {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MINIMUM = 2;

    /** What case-service knows of a credential when an officer acts. */
    public record Standing(String credentialNumber, String status, boolean annualReviewOverdue, LocalDate validFrom,
            LocalDate validTo) {

        boolean allowsActsAt(Instant at) {
            LocalDate day = at.atZone(BEIJING).toLocalDate();
            return "ACTIVE".equals(status) && !annualReviewOverdue && !day.isBefore(validFrom) && !day.isAfter(validTo);
        }

        String whyNot(Instant at) {
            if (!"ACTIVE".equals(status)) {
                return credentialNumber + " is " + status;
            }
            if (annualReviewOverdue) {
                return credentialNumber + " lacks its annual review (年审)";
            }
            return credentialNumber + " is valid only " + validFrom + " to " + validTo;
        }
    }

    private ActingOfficers() {
    }

    public static void requireTwoValid(List<String> credentialNumbers, List<Standing> known, Instant at) {
        if (credentialNumbers.stream().distinct().count() < MINIMUM) {
            throw Refusals.factsForbid("TWO_OFFICERS_REQUIRED", "Two officers required",
                    "执法人员不得少于两人: at least two different officers must act", "PL 42, 55");
        }
        for (String number : credentialNumbers) {
            Standing standing = known.stream().filter(s -> s.credentialNumber().equals(number)).findFirst().orElse(null);
            if (standing == null) {
                throw Refusals.factsForbid("OFFICER_CREDENTIAL_UNKNOWN", "Unknown credential",
                        "credential " + number + " is not known to be issued to an officer", "PL 42");
            }
            if (!standing.allowsActsAt(at)) {
                throw Refusals.factsForbid("OFFICER_CREDENTIAL_NOT_VALID", "Officer may not act",
                        "执法证件在执法时须有效: " + standing.whyNot(at), "PL 42, 52, 55");
            }
        }
    }
}
