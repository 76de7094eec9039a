package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 严禁先处罚后取证 (seed 000; PL 40, 46): evidence is recorded before the notice and before the decision. Compared by when
 * each was recorded, as case-service's EvidenceFirst applies the rule: a notice given offline and recorded after the
 * evidence was taken into custody holds.
 */
public final class EvidenceBeforeNotice implements FileCheck {

    @Override
    public String name() {
        return "EVIDENCE_BEFORE_NOTICE";
    }

    @Override
    public String basis() {
        return "PL 40, 46; seed 000";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        List<Finding> findings = new ArrayList<>();
        Optional<HistoryEvent<EvidenceRecorded>> firstEvidence = history.all(EvidenceRecorded.class).stream()
                .min(Comparator.comparing(HistoryEvent::recordedAt));
        history.first(NoticeIssued.class).ifPresent(notice -> requireEvidenceBefore(notice, "notice", firstEvidence, findings));
        history.first(CaseDecided.class).ifPresent(decision -> requireEvidenceBefore(decision, "decision", firstEvidence, findings));
        return findings;
    }

    private void requireEvidenceBefore(HistoryEvent<?> act, String what, Optional<HistoryEvent<EvidenceRecorded>> evidence,
            List<Finding> findings) {
        if (evidence.isEmpty()) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "先罚后取证: no evidence recorded at all, " + what + " on " + act.day(), act));
        } else if (!evidence.get().recordedAt().isBefore(act.recordedAt())) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "先罚后取证: the first evidence was recorded " + evidence.get().recordedAt()
                    + ", after the " + what + " recorded " + act.recordedAt(), act, evidence.get()));
        }
    }
}
