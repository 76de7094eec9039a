package cn.enforcement.review.api;

import cn.enforcement.review.domain.audit.FileFinding;
import cn.enforcement.review.domain.filecheck.Finding;
import cn.enforcement.review.domain.filecheck.FindingGrade;
import java.time.Instant;
import java.util.List;

/** A finding of the automated file checks, with the events it rests on. */
public record FindingView(String findingId, String caseId, String agencyCode, String regionCode, String check, FindingGrade grade,
        String basis, String description, List<Finding.Cited> evidence, Instant foundAt) {

    static FindingView of(FileFinding finding) {
        return new FindingView(finding.findingId, finding.caseId, finding.agencyCode, finding.regionCode, finding.checkName,
                FindingGrade.valueOf(finding.grade), finding.basis, finding.description, finding.evidence, finding.foundAt);
    }
}
