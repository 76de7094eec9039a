package cn.enforcement.cases.domain;

import cn.enforcement.platform.credentials.CredentialStanding;
import cn.enforcement.platform.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * PL 42, 52, 55: investigation, coercive measures and decisions are carried out by at least two
 * officers of the acting agency, each holding an enforcement credential valid at the moment of the act.
 */
public final class ActingOfficers {

    private static final int MINIMUM = 2;

    private ActingOfficers() {
    }

    public static void requireTwoValid(Collection<String> credentialNumbers, List<CredentialStanding> known, String agencyCode,
            Instant at) {
        if (credentialNumbers.stream().distinct().count() < MINIMUM) {
            throw CaseProblem.TWO_OFFICERS_REQUIRED.refuse("执法人员不得少于两人: at least two different officers must act", "PL 42, 55");
        }
        for (String number : credentialNumbers) {
            requireMayAct(number, known, agencyCode, at);
        }
    }

    /** One officer: known, of the agency, with a credential that allows acts at the instant. */
    public static void requireMayAct(String number, List<CredentialStanding> known, String agencyCode, Instant at) {
        LocalDate day = BeijingTime.dayOf(at);
        CredentialStanding standing = known.stream().filter(s -> s.credentialNumber().equals(number)).findFirst().orElse(null);
        if (standing == null) {
            throw CaseProblem.OFFICER_CREDENTIAL_UNKNOWN.refuse(
                    "credential " + number + " is not known to be issued to an officer", "PL 42");
        }
        if (!standing.agencyCode().equals(agencyCode)) {
            throw CaseProblem.OFFICER_OF_ANOTHER_AGENCY.refuse(
                    "执法人员应为本机关执法人员: " + number + " enforces for agency " + standing.agencyCode() + ", not " + agencyCode,
                    "PL 42");
        }
        if (!standing.allowsActsOn(day)) {
            throw CaseProblem.OFFICER_CREDENTIAL_NOT_VALID.refuse("执法证件在执法时须有效: " + standing.whyNotOn(day), "PL 42, 52, 55");
        }
    }
}
