package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.platform.law.LegalReviewRequirement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The automated file checks (案卷自动评查), one per rule, run over every closed case's history. Their version names
 * each check and its version: a closed file checked with another version is checked again.
 */
public final class FileChecks {

    private final List<FileCheck> checks;

    /** The checks with the numbers the procedure applies (the platform's {@code ProcedureNumbers}). */
    public FileChecks(HearingRights hearingRights, int decisionDays, int serviceDays) {
        this.checks = List.of(new TwoQualifiedOfficers(), new EvidenceBeforeNotice(), new DefencePeriodsRespected(),
                new HearingRightsOffered(hearingRights), new ReviewBeforeMajorDecision(new LegalReviewRequirement(hearingRights)),
                new DecisionWithinPeriod(decisionDays), new ServiceWithinSevenDays(serviceDays), new PaymentConfirmedByBank(), new DisclosureOnTime(),
                new RecordingChecklistSatisfied(), new NoFineAfterTransfer());
    }

    public List<Finding> check(CaseHistory history) {
        return checks.stream().flatMap(check -> check.check(history).stream()).toList();
    }

    public List<FileCheck> all() {
        return checks;
    }

    /** E.g. {@code TWO_QUALIFIED_OFFICERS:1,EVIDENCE_BEFORE_NOTICE:1,...}, kept with each file checked. */
    public String version() {
        return checks.stream().map(check -> check.name() + ":" + check.version()).collect(Collectors.joining(","));
    }
}
