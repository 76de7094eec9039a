package cn.enforcement.cases.domain;

/**
 * 严禁先处罚后取证 (seed 000; PL 40, 46): no notice and no decision before evidence is recorded for the case, judged at
 * the time the act was performed (an act recorded later with its own time counts only evidence recorded by then).
 */
public final class EvidenceFirst {

    private EvidenceFirst() {
    }

    public static void require(long evidenceRecorded, String act) {
        if (evidenceRecorded == 0) {
            throw CaseProblem.NO_EVIDENCE_RECORDED.refuse(
                    "严禁先处罚后取证: no " + act + " before evidence is recorded for the case", "PL 40, 46; seed 000");
        }
    }
}
