package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActingOfficers;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.readmodel.OfficerCredential;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Applies {@link ActingOfficers} to what case-service knows of the credentials, at the instant of each act. */
public final class HandlingOfficers {

    private HandlingOfficers() {
    }

    static void requireMayAct(Collection<String> credentials, String agencyCode, Instant at) {
        ActingOfficers.requireTwoValid(credentials, OfficerCredential.standingsAt(credentials, at), agencyCode, at);
    }

    /**
     * The hearing is chaired by an officer the agency appoints from outside the investigation (PL 64), holding a
     * credential of the agency valid when the hearing is held.
     */
    static void requireMayChairHearing(PenaltyCase penaltyCase, String chairCredential, Instant at) {
        if (penaltyCase.handlingCredentials.contains(chairCredential)) {
            throw CaseProblem.HEARING_CHAIR_INVESTIGATED.refuse(
                    "听证由非本案调查人员主持: the chair is one of the case's investigating officers", "PL 64");
        }
        ActingOfficers.requireMayAct(chairCredential, OfficerCredential.standingsAt(List.of(chairCredential), at), penaltyCase.agencyCode,
                at);
    }

    /** Every act the case's officers do is done by all of them, each valid at that moment (PL 42, 55). */
    public static void requireMayAct(PenaltyCase penaltyCase, Instant at) {
        requireMayAct(penaltyCase.handlingCredentials, penaltyCase.agencyCode, at);
    }
}
