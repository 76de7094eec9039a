package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActingOfficers;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.readmodel.OfficerCredential;
import java.time.Instant;
import java.util.Collection;

/** Applies {@link ActingOfficers} to what case-service knows of the credentials, at the instant of each act. */
final class HandlingOfficers {

    private HandlingOfficers() {
    }

    static void requireMayAct(Collection<String> credentials, String agencyCode, Instant at) {
        ActingOfficers.requireTwoValid(credentials, OfficerCredential.standingsOf(credentials), agencyCode, at);
    }

    /** Every act the case's officers do is done by all of them, each valid at that moment (PL 42, 55). */
    static void requireMayAct(PenaltyCase penaltyCase, Instant at) {
        requireMayAct(penaltyCase.handlingCredentials, penaltyCase.agencyCode, at);
    }
}
